package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.samverkan.planner.Plans.planAndValidate;
import static se.samverkan.planner.Scenarios.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.Plan;

/** The improvement's moves on hand-computable cases. */
class ImprovementTest {

    @Test
    void patientsRideAlongToAnotherHospitalWhenTheirOwnWouldNeedASecondTrip() {
        // One ambulance (1 lying, 2 seated, no turnaround) at the site; a lying P1 trauma patient and two seated
        // P3 general patients, all ready at 0. Trauma beds only at "t" (20 min), general beds also at "g" (10 min).
        // Two trips (P1 to t, back, P3 to g): 10 × 20 + 2 × 50 = 300. One trip to t with all three:
        // 10 × 20 + 2 × 20 = 240, the optimum. The constructions send the P3 to g, their nearest bed; riding
        // along on the P1's trip to t is the improvement's move.
        PlanningProblem base = scenario()
                .patients("red", 0, 1, Triage.P1, CareNeed.TRAUMA, true)
                .patients("green", 0, 2, Triage.P3, CareNeed.GENERAL, false)
                .hospital("g", 10, CareNeed.GENERAL, 5)
                .ambulance("a1", 0)
                .build();
        Map<CareNeed, BedCapacity> beds = new EnumMap<>(CareNeed.class);
        beds.put(CareNeed.TRAUMA, new BedCapacity(1, 0));
        beds.put(CareNeed.GENERAL, new BedCapacity(5, 0));
        List<Hospital> hospitals = new ArrayList<>(base.hospitals());
        hospitals.add(new Hospital("t", "t", LineTravelTimes.at(20), "23", beds));
        PlanningProblem p = new PlanningProblem(base.start(), base.groups(), hospitals, base.units(), base.policy());

        Plan plan = planAndValidate(p);

        assertThat(plan.objective()).isCloseTo(240, within(1e-6));
        assertThat(plan.trips()).hasSize(1);
        assertThat(plan.trips().get(0).hospitalId()).isEqualTo("t");
        assertThat(plan.bound().value()).isLessThanOrEqualTo(240 + 1e-6);
    }
}
