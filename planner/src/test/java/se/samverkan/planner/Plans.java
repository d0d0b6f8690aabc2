package se.samverkan.planner;

import java.util.List;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.planner.plan.BaselineResult;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.Trip;
import se.samverkan.planner.solve.PlanEvent;
import se.samverkan.planner.solve.Planner;
import se.samverkan.planner.solve.PlanningOptions;
import se.samverkan.planner.validation.PlanValidator;

/**
 * Plans and re-plans for tests, always checked by the independent validator — the plan and the plan of every
 * baseline.
 */
public final class Plans {

    private Plans() {
    }

    public static Plan planAndValidate(PlanningProblem problem, TravelTimeModel travel) {
        Planner planner = new Planner(travel);
        return validated(problem, planner.plan(problem, PlanningOptions.defaults().withImprovementTime(java.time.Duration.ofMillis(300))), travel);
    }

    /** A fresh plan made elsewhere, checked: the plan and every baseline's plan are valid. */
    public static Plan validated(PlanningProblem problem, Plan plan, TravelTimeModel travel) {
        new PlanValidator(travel).requireValid(problem, plan);
        for (BaselineResult b : plan.baselines()) {
            baselinePlanAndValidate(problem, travel, b);
        }
        return plan;
    }

    public static Plan planAndValidate(PlanningProblem problem) {
        return planAndValidate(problem, new LineTravelTimes());
    }

    /** A re-plan checked like a plan: the plan and the plan of every baseline (trips under way kept) are valid. */
    public static Planner.Replan replanAndValidate(PlanningProblem problem, Plan previous, double nowMinutes,
                                                   List<PlanEvent> events, TravelTimeModel travel) {
        Planner planner = new Planner(travel);
        Planner.Replan replan = planner.replan(problem, previous, nowMinutes, events, PlanningOptions.defaults());
        new PlanValidator(travel).requireValid(replan.problem(), replan.plan());
        for (BaselineResult b : replan.plan().baselines()) {
            requireReported(replan.problem(), travel, b, planner.baselinePlan(replan, b.name()));
        }
        return replan;
    }

    public static Planner.Replan replanAndValidate(PlanningProblem problem, Plan previous, double nowMinutes, List<PlanEvent> events) {
        return replanAndValidate(problem, previous, nowMinutes, events, new LineTravelTimes());
    }

    /** The trips of a reported baseline, validated; its figures must be the ones the plan reported. */
    public static Plan baselinePlanAndValidate(PlanningProblem problem, TravelTimeModel travel, BaselineResult reported) {
        return requireReported(problem, travel, reported, new Planner(travel).baselinePlan(problem, reported.name()));
    }

    private static Plan requireReported(PlanningProblem problem, TravelTimeModel travel, BaselineResult reported, Plan baseline) {
        new PlanValidator(travel).requireValid(problem, baseline);
        if (!baseline.figures().equals(reported.figures())) {
            throw new AssertionError("baseline '" + reported.name() + "' reported " + reported.figures()
                    + " but its trips give " + baseline.figures());
        }
        return baseline;
    }

    /** The trip that carries patients of the group (the first, when several do). */
    public static Trip tripOf(Plan plan, String groupId) {
        return plan.trips().stream().filter(t -> t.patients().stream().anyMatch(s -> s.groupId().equals(groupId)))
                .findFirst().orElseThrow(() -> new AssertionError("no trip carries " + groupId));
    }
}
