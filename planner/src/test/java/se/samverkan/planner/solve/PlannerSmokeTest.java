package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planner.Scenarios.scenario;

import org.junit.jupiter.api.Test;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.validation.PlanValidator;

class PlannerSmokeTest {

    @Test
    void oneUnitTwoTrips() {
        LineTravelTimes travel = new LineTravelTimes();
        PlanningProblem p = scenario()
                .patients("crash", 0, 2, Triage.P1, CareNeed.TRAUMA, true)
                .hospital("h", 10, CareNeed.TRAUMA, 5)
                .unit("a1", se.samverkan.gis.travel.TransportMode.ROAD_AMBULANCE, 0, 1, 0, se.samverkan.planner.CareLevel.ADVANCED, 5)
                .build();
        Plan plan = new Planner(travel).plan(p);
        System.out.println(plan);
        new PlanValidator(travel).requireValid(p, plan);
        assertThat(plan.objective()).isEqualTo(450.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(plan.bound().value()).isEqualTo(450.0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
