package se.samverkan.planner.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planner.Plans.planAndValidate;
import static se.samverkan.planner.Scenarios.scenario;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.Plan;

/** Explanations on hand-computable instances ({@link LineTravelTimes}: one road minute per place unit). */
class PlanExplainerTest {

    private final PlanExplainer explainer = new PlanExplainer(new LineTravelTimes());

    @Test
    void aFullNearHospitalAndAnUnsuitableTaxiAreNamedWithTheirReasons() {
        // One trauma bed 10 min away, five 30 min away; P1 near (cost 10 × 10), P3 far (1 × 30).
        PlanningProblem p = scenario()
                .patients("red", 0, 1, Triage.P1, CareNeed.TRAUMA, true)
                .patients("green", 0, 1, Triage.P3, CareNeed.TRAUMA, true)
                .hospital("near", 10, CareNeed.TRAUMA, 1)
                .hospital("far", 30, CareNeed.TRAUMA, 5)
                .hospital("ward", 5, CareNeed.GENERAL, 20)
                .ambulance("a1", 0).ambulance("a2", 0)
                .unit("taxi", TransportMode.TAXI, 0, 0, 4, CareLevel.NONE, 5)
                .build();
        Plan plan = planAndValidate(p);

        List<AssignmentExplanation> all = explainer.explain(p, plan);

        assertThat(all).hasSameSizeAs(plan.assignments());
        AssignmentExplanation red = byGroup(all, "red");
        assertThat(red.hospitalId()).isEqualTo("near");
        assertThat(red.hospitalsConsidered()).isEqualTo(2);
        assertThat(red.hospitals().get(0).chosen()).isTrue();
        assertThat(red.hospitals().get(0).costPerPatient()).isEqualTo(100.0);
        HospitalAlternative far = red.hospitals().get(1);
        assertThat(far.hospitalId()).isEqualTo("far");
        assertThat(far.rideMinutes()).isEqualTo(30.0);
        assertThat(far.costPerPatient()).isEqualTo(300.0);
        assertThat(far.whyNot()).startsWith("200.0 weighted min more per patient").contains("handed over 20.0 min later");
        assertThat(red.summary()).contains("to near", "cheapest hospital with a free TRAUMA bed");
        // The taxi has neither the care level a P1 patient needs nor a lying place.
        assertThat(red.unitsUnsuitable()).isEqualTo(1);
        assertThat(red.units()).extracting(UnitAlternative::unitId).doesNotContain("taxi").hasSize(2);
        assertThat(red.units().get(0).chosen()).isTrue();

        AssignmentExplanation green = byGroup(all, "green");
        assertThat(green.hospitalId()).isEqualTo("far");
        HospitalAlternative near = green.hospitals().stream().filter(h -> h.hospitalId().equals("near")).findFirst().orElseThrow();
        assertThat(near.bedsLeft()).isZero();
        assertThat(near.whyNot()).isEqualTo("no TRAUMA bed left: the plan fills all 1 (1 available + 0 surge the policy allows)");
    }

    @Test
    void aSlowerUnitIsShownWithItsTimesAndTheChosenUnitsSecondTripWithItsStart() {
        // a1 at the scene, hospital 10 min, turnaround 5: trips at 0→10 and 25→35. a2 stands 40 min away.
        PlanningProblem p = scenario()
                .patients("crash", 0, 2, Triage.P1, CareNeed.TRAUMA, true)
                .hospital("h", 10, CareNeed.TRAUMA, 5)
                .unit("a1", TransportMode.ROAD_AMBULANCE, 0, 1, 0, CareLevel.ADVANCED, 5)
                .unit("a2", TransportMode.ROAD_AMBULANCE, -40, 1, 0, CareLevel.ADVANCED, 5)
                .build();
        Plan plan = planAndValidate(p);
        assertThat(plan.trips()).extracting(t -> t.unitId()).containsOnly("a1");

        List<AssignmentExplanation> all = new PlanExplainer(new LineTravelTimes(), 3,
                Function.<String>identity().andThen(id -> "AMB " + id)).explain(p, plan);

        AssignmentExplanation first = all.get(0);
        assertThat(first.units().get(0).whyNot()).startsWith("trip 1: at the site from +0.0 min");
        UnitAlternative a2 = first.units().get(1);
        assertThat(a2.unitId()).isEqualTo("a2");
        assertThat(a2.atSourceMinutes()).isEqualTo(40.0);
        assertThat(a2.arrivalMinutes()).isEqualTo(50.0);
        assertThat(a2.whyNot()).isEqualTo("could hand over at +50.0 min at the earliest, 40.0 min later (at the site from +40.0 min)");
        assertThat(first.summary()).contains("by AMB a1");

        AssignmentExplanation second = all.get(1);
        assertThat(second.tripNumber()).isEqualTo(2);
        // After trip 1 a1 is free at the hospital at 15 and back at the scene at 25.
        assertThat(second.units().get(0).atSourceMinutes()).isEqualTo(25.0);
        assertThat(second.units().get(1).arrivalMinutes()).isEqualTo(50.0);
    }

    @Test
    void aHospitalBeyondTheRideLimitAndACheaperUnusedOneAreToldApart() {
        // P1 may ride at most 120 min: the 150-min hospital is out; the plan sends the patient to "h".
        PlanningProblem p = scenario()
                .patients("red", 0, 1, Triage.P1, CareNeed.BURNS, true)
                .hospital("h", 20, CareNeed.BURNS, 2)
                .hospital("remote", 150, CareNeed.BURNS, 9)
                .ambulance("a1", 0)
                .build();
        Plan plan = planAndValidate(p);

        AssignmentExplanation red = explainer.explain(p, plan).get(0);

        assertThat(red.hospitals()).extracting(HospitalAlternative::hospitalId).containsExactly("h", "remote");
        assertThat(red.hospitals().get(1).whyNot()).isEqualTo("the ride of 150.0 min exceeds the P1 maximum of 120.0 min");
    }

    private static AssignmentExplanation byGroup(List<AssignmentExplanation> all, String group) {
        return all.stream().filter(e -> e.groupId().equals(group)).findFirst().orElseThrow();
    }
}
