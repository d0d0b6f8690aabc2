package se.samverkan.planner;

import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.Trip;
import se.samverkan.planner.solve.Planner;
import se.samverkan.planner.solve.PlanningOptions;
import se.samverkan.planner.validation.PlanValidator;

/** Plans for tests, always checked by the independent validator. */
public final class Plans {

    private Plans() {
    }

    public static Plan planAndValidate(PlanningProblem problem, TravelTimeModel travel) {
        Plan plan = new Planner(travel).plan(problem, PlanningOptions.defaults().withImprovementTime(java.time.Duration.ofMillis(300)));
        new PlanValidator(travel).requireValid(problem, plan);
        return plan;
    }

    public static Plan planAndValidate(PlanningProblem problem) {
        return planAndValidate(problem, new LineTravelTimes());
    }

    /** The trip that carries patients of the group (the first, when several do). */
    public static Trip tripOf(Plan plan, String groupId) {
        return plan.trips().stream().filter(t -> t.patients().stream().anyMatch(s -> s.groupId().equals(groupId)))
                .findFirst().orElseThrow(() -> new AssertionError("no trip carries " + groupId));
    }
}
