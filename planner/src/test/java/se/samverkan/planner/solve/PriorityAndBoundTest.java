package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.samverkan.planner.Plans.planAndValidate;
import static se.samverkan.planner.Plans.tripOf;
import static se.samverkan.planner.Scenarios.scenario;

import org.junit.jupiter.api.Test;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.Policy;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.LowerBound;
import se.samverkan.planner.plan.Plan;

/** P1 first, the bound on the P1 part, and slots shared by the collection points of one incident. */
class PriorityAndBoundTest {

    /**
     * One trauma bed 10 min away; the next 200 road minutes away, beyond a P2's 180-minute ride but 66.7 min by
     * helicopter. The weighted objective flies the P1 far so that the seated P2 gets the near bed
     * (10 × 66.7 + 3 × 10 = 697 against 10 × 3.3 + 3 × 2880 = 8 673); P1 first flies the P1 to the near bed
     * (3.3 minutes) and leaves the P2 without a bed in reach.
     */
    private static PlanningProblem nearBedContest(boolean p1First) {
        return scenario()
                .patients("red", 0, 1, Triage.P1, CareNeed.TRAUMA, true)
                .patients("yellow", 0, 1, Triage.P2, CareNeed.TRAUMA, false)
                .hospital("near", 10, CareNeed.TRAUMA, 1)
                .hospital("far", 200, CareNeed.TRAUMA, 5)
                .ambulance("a1", 0)
                .unit("heli", TransportMode.HELICOPTER, 0, 1, 0, CareLevel.ADVANCED, 0)
                .policy(Policy.defaults().withP1First(p1First))
                .build();
    }

    @Test
    void p1FirstGivesTheRedPatientTheNearBedWhatEverItCostsTheOthers() {
        Plan first = planAndValidate(nearBedContest(true));
        assertThat(tripOf(first, "red").hospitalId()).isEqualTo("near");
        assertThat(tripOf(first, "red").unitId()).isEqualTo("heli");
        assertThat(first.figures().triage(Triage.P1).meanMinutes()).isCloseTo(10 / 3.0, within(1e-6));
        assertThat(first.unserved()).singleElement().satisfies(u -> assertThat(u.groupId()).isEqualTo("yellow"));
        // The P1 part is optimal and the P1 bound proves it.
        assertThat(LowerBound.p1Part(first.figures(), Policy.defaults())).isCloseTo(100 / 3.0, within(1e-6));
        assertThat(first.bound().p1Value()).isCloseTo(100 / 3.0, within(0.01));
        assertThat(first.bound().p1MeanMinutesAtLeast(first.figures(), Policy.defaults())).isCloseTo(10 / 3.0, within(0.01));
        // Never worse for P1 than the baselines or the national comparison (the nearest-hospital rules also send the
        // P1 to the near bed).
        assertThat(first.baselines()).hasSize(3).allSatisfy(b -> assertThat(first.figures().triage(Triage.P1).meanMinutes())
                .isLessThanOrEqualTo(b.figures().triage(Triage.P1).meanMinutes() + 1e-9));

        Plan weighted = planAndValidate(nearBedContest(false));
        assertThat(tripOf(weighted, "red").hospitalId()).isEqualTo("far");
        assertThat(tripOf(weighted, "red").unitId()).isEqualTo("heli");
        assertThat(tripOf(weighted, "yellow").hospitalId()).isEqualTo("near");
        assertThat(weighted.objective()).isCloseTo(10 * 200 / 3.0 + 3 * 10, within(1e-6));
        assertThat(weighted.objective()).isLessThan(first.objective());
    }

    @Test
    void theBoundOfAP1FirstPlanHoldsTheP1PartToAPlansAndMeetsTheOptimum() {
        // Without P1 first the relaxation may fly the P1 far and give the P2 the near bed (697); with it, the P1
        // part is held to the first construction's (33.3, the P1 at the near bed), which leaves the P2 no bed:
        // the bound then equals the plan, which is optimal for P1 first.
        Plan first = planAndValidate(nearBedContest(true));
        assertThat(first.objective()).isCloseTo(100 / 3.0 + 3 * 2880, within(1e-6));
        assertThat(first.bound().value()).isLessThanOrEqualTo(first.objective() + 1e-6).isCloseTo(first.objective(), within(0.01));
        assertThat(first.bound().covers()).contains("P1 first");

        Plan weighted = planAndValidate(nearBedContest(false));
        assertThat(weighted.bound().value()).isLessThanOrEqualTo(weighted.objective() + 1e-6).isCloseTo(weighted.objective(), within(0.01));
        assertThat(weighted.bound().covers()).doesNotContain("P1 first");
    }

    @Test
    void aUnitCountsAtOneCollectionPointAtATime() {
        // Two P1 patients at points 0 and 1 (a kilometre apart), one ambulance at point 0, hospital at 10, no
        // turnaround. Best: pick up at 0 (arrive 10), back to point 1 (9 min), arrive 28: 10 × (10 + 28) = 380.
        // The bound: the unit's first pickup serves one point; its second is at 0 + 9 (shortest delivery from
        // the incident) + 9 (shortest return to it) = 18: 10 × (0 + 10 + 18 + 9) = 370 — the weighted bound (unit
        // timeline per incident) and the P1 bound (pickup slots) alike. Counting the unit at both points at once
        // would have given 10 × (0 + 10 + 1 + 9) = 200.
        PlanningProblem p = scenario()
                .patients("a", 0, 1, Triage.P1, CareNeed.TRAUMA, true)
                .patients("b", 1, 1, Triage.P1, CareNeed.TRAUMA, true)
                .hospital("h", 10, CareNeed.TRAUMA, 5)
                .unit("a1", TransportMode.ROAD_AMBULANCE, 0, 1, 0, CareLevel.ADVANCED, 0)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.objective()).isCloseTo(380, within(1e-6));
        assertThat(plan.bound().value()).isCloseTo(370, within(1e-6));
        assertThat(plan.bound().p1Value()).isCloseTo(370, within(1.0));
    }
}
