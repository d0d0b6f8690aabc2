package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.samverkan.planner.Plans.planAndValidate;
import static se.samverkan.planner.Plans.tripOf;
import static se.samverkan.planner.Scenarios.scenario;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Plans;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.Plan;

/** Hand-computable instances on {@link LineTravelTimes}: one road minute per place unit. */
class PlannerTest {

    @Test
    void oneAmbulanceMakesTwoTripsAndTheBoundIsTight() {
        // Unit at the scene, hospital 10 min away, turnaround 5: first patient arrives at 10, the unit is free at
        // 15, back at 25, second patient arrives at 35. Objective 10 × (10 + 35) = 450, and no plan can do better.
        PlanningProblem p = scenario()
                .patients("crash", 0, 2, Triage.P1, CareNeed.TRAUMA, true)
                .hospital("h", 10, CareNeed.TRAUMA, 5)
                .unit("a1", TransportMode.ROAD_AMBULANCE, 0, 1, 0, CareLevel.ADVANCED, 5)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.trips()).hasSize(2);
        assertThat(plan.trips().get(1).pickup()).isCloseTo(25, within(1e-6));
        assertThat(plan.objective()).isCloseTo(450, within(1e-6));
        assertThat(plan.bound().value()).isLessThanOrEqualTo(plan.objective() + 1e-6).isCloseTo(450, within(1e-6));
        assertThat(plan.figures().triage(Triage.P1).maxMinutes()).isCloseTo(35, within(1e-6));
    }

    @Test
    void theRedPatientGetsTheNearBed() {
        // One trauma bed 10 min away, five 30 min away: P1 near and P3 far costs 10×10 + 30 = 130; the swap 310.
        PlanningProblem p = scenario()
                .patients("red", 0, 1, Triage.P1, CareNeed.TRAUMA, true)
                .patients("green", 0, 1, Triage.P3, CareNeed.TRAUMA, true)
                .hospital("near", 10, CareNeed.TRAUMA, 1)
                .hospital("far", 30, CareNeed.TRAUMA, 5)
                .ambulance("a1", 0).ambulance("a2", 0)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(tripOf(plan, "red").hospitalId()).isEqualTo("near");
        assertThat(tripOf(plan, "green").hospitalId()).isEqualTo("far");
        assertThat(plan.objective()).isCloseTo(130, within(1e-6));
        assertThat(plan.gap()).isCloseTo(0, within(0.01));
    }

    @Test
    void seatedPatientsRideAlongWithALyingOne() {
        PlanningProblem p = scenario()
                .patients("red", 0, 1, Triage.P1, CareNeed.GENERAL, true)
                .patients("green", 0, 2, Triage.P3, CareNeed.GENERAL, false)
                .hospital("h", 10, CareNeed.GENERAL, 5)
                .ambulance("a1", 0)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.trips()).hasSize(1);
        assertThat(plan.trips().get(0).patientCount()).isEqualTo(3);
        assertThat(plan.objective()).isCloseTo(10 * 10 + 2 * 10, within(1e-6));
    }

    @Test
    void aTaxiNeverCarriesARedPatient() {
        PlanningProblem p = scenario()
                .patients("red", 0, 1, Triage.P1, CareNeed.GENERAL, false)
                .patients("green", 0, 1, Triage.P3, CareNeed.GENERAL, false)
                .hospital("h", 10, CareNeed.GENERAL, 5)
                .unit("taxi", TransportMode.TAXI, 0, 0, 3, CareLevel.NONE, 5)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.unserved()).singleElement().satisfies(u -> {
            assertThat(u.groupId()).isEqualTo("red");
            assertThat(u.reason()).contains("care level ADVANCED");
        });
        assertThat(tripOf(plan, "green").unitId()).isEqualTo("taxi");
    }

    @Test
    void patientsWithoutAnyBedOfTheirCategoryAreListedWithTheReason() {
        PlanningProblem p = scenario()
                .patients("burns", 0, 3, Triage.P1, CareNeed.BURNS, true)
                .patients("trauma", 0, 1, Triage.P1, CareNeed.TRAUMA, true)
                .hospital("h", 10, CareNeed.TRAUMA, 5)
                .ambulance("a1", 0)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.unserved()).singleElement().satisfies(u -> {
            assertThat(u.count()).isEqualTo(3);
            assertThat(u.reason()).isEqualTo("no hospital has BURNS beds");
        });
        assertThat(plan.figures().served()).isEqualTo(1);
    }

    @Test
    void withoutUnitsEveryPatientIsUnservedAndSaysWhy() {
        PlanningProblem p = scenario()
                .patients("a", 0, 2, Triage.P2, CareNeed.TRAUMA, true)
                .hospital("h", 10, CareNeed.TRAUMA, 5)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.trips()).isEmpty();
        assertThat(plan.unserved()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo("no transport units in the scenario"));
        assertThat(plan.objective()).isCloseTo(2 * 3 * 2880, within(1e-6));
        assertThat(plan.bound().value()).isCloseTo(plan.objective(), within(1e-6));
    }

    @Test
    void aHospitalBeyondTheMaximumRideIsReachedOnlyByHelicopter() {
        // 150 road minutes exceed P1's 120; a helicopter flies it in 150 / 3 = 50.
        PlanningProblem roadOnly = scenario()
                .patients("red", 0, 1, Triage.P1, CareNeed.TRAUMA, true)
                .hospital("far", 150, CareNeed.TRAUMA, 5)
                .ambulance("a1", 0)
                .build();
        assertThat(planAndValidate(roadOnly).unserved()).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("maximum ride of 120 min"));

        PlanningProblem withHelicopter = scenario()
                .patients("red", 0, 1, Triage.P1, CareNeed.TRAUMA, true)
                .hospital("far", 150, CareNeed.TRAUMA, 5)
                .ambulance("a1", 0)
                .unit("heli", TransportMode.HELICOPTER, 0, 1, 0, CareLevel.ADVANCED, 10)
                .build();
        Plan plan = planAndValidate(withHelicopter);
        assertThat(tripOf(plan, "red").unitId()).isEqualTo("heli");
        assertThat(plan.objective()).isCloseTo(10 * 50, within(1e-6));
    }

    @Test
    void surgeBedsOpenOnlyAsFarAsThePolicyAllowsAndCost() {
        // 1 bed + half of 2 surge beds = 2 patients; the third is unserved. 3 × 10 × 2 + 20 + 3 × 2880.
        PlanningProblem p = scenario()
                .patients("yellow", 0, 3, Triage.P2, CareNeed.TRAUMA, true)
                .hospital("h", 10, "23", CareNeed.TRAUMA, 1, 2)
                .ambulance("a1", 0).ambulance("a2", 0).ambulance("a3", 0)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.figures().served()).isEqualTo(2);
        assertThat(plan.figures().hospitalLoads()).singleElement().satisfies(l -> assertThat(l.surgeOpened()).isEqualTo(1));
        assertThat(plan.unserved()).singleElement().satisfies(u -> assertThat(u.reason()).contains("taken"));
        assertThat(plan.objective()).isCloseTo(60 + 20 + 3 * 2880, within(1e-6));
    }

    @Test
    void theOwnRegionWinsATieAndBaselinesThatIgnoreRegionsLose() {
        // Own county 20 min away, Kalmar (another healthcare region) 10 min away: 20 < 10 + 60.
        PlanningProblem p = scenario()
                .patients("green", 0, 1, Triage.P3, CareNeed.GENERAL, false)
                .hospital("own", 20, "23", CareNeed.GENERAL, 5, 0)
                .hospital("kalmar", -10, "08", CareNeed.GENERAL, 5, 0)
                .ambulance("a1", 0)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(tripOf(plan, "green").hospitalId()).isEqualTo("own");
        assertThat(plan.figures().ownRegionShare()).isEqualTo(1.0);
        assertThat(plan.baselines()).extracting(b -> b.name())
                .containsExactly(Planner.BASELINE_NEAREST_HOSPITAL, Planner.BASELINE_NEAREST_UNIT,
                        Planner.BASELINE_NEAREST_HOSPITAL_NATIONAL);
        // The one unit is the region's own: the regional baselines and the national comparison all go to Kalmar.
        for (int b = 0; b < 3; b++) {
            assertThat(plan.baselines().get(b).figures().objective()).isCloseTo(70, within(1e-6));
            assertThat(plan.baselines().get(b).improvement()).isCloseTo(1 - 20.0 / 70, within(1e-9));
        }
    }

    @Test
    void cancellationStopsTheRunAndProgressEndsAtOne() {
        PlanningProblem p = scenario()
                .patients("a", 0, 2, Triage.P2, CareNeed.TRAUMA, true)
                .hospital("h", 10, CareNeed.TRAUMA, 5)
                .ambulance("a1", 0)
                .build();
        Planner planner = new Planner(new LineTravelTimes());

        assertThatThrownBy(() -> planner.plan(p, PlanningOptions.defaults().withCancellation(() -> true)))
                .isInstanceOf(PlanningCancelledException.class);

        List<Double> fractions = new ArrayList<>();
        Plan plan = planner.plan(p, PlanningOptions.defaults().withProgress((phase, f) -> fractions.add(f)));
        assertThat(fractions).isSorted().endsWith(1.0);
        Plans.validated(p, plan, new LineTravelTimes());
    }
}
