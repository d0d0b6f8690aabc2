package se.samverkan.planner;

import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.planner.plan.BaselineResult;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.Trip;
import se.samverkan.planner.solve.Planner;
import se.samverkan.planner.solve.PlanningOptions;
import se.samverkan.planner.validation.PlanValidator;

/** Plans for tests, always checked by the independent validator — the plan and the plan of every baseline. */
public final class Plans {

    private Plans() {
    }

    public static Plan planAndValidate(PlanningProblem problem, TravelTimeModel travel) {
        Planner planner = new Planner(travel);
        Plan plan = planner.plan(problem, PlanningOptions.defaults().withImprovementTime(java.time.Duration.ofMillis(300)));
        PlanValidator validator = new PlanValidator(travel);
        validator.requireValid(problem, plan);
        for (BaselineResult b : plan.baselines()) {
            baselinePlanAndValidate(problem, travel, b);
        }
        return plan;
    }

    public static Plan planAndValidate(PlanningProblem problem) {
        return planAndValidate(problem, new LineTravelTimes());
    }

    /** The trips of a reported baseline, validated; its figures must be the ones the plan reported. */
    public static Plan baselinePlanAndValidate(PlanningProblem problem, TravelTimeModel travel, BaselineResult reported) {
        Plan baseline = new Planner(travel).baselinePlan(problem, reported.name());
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
