package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.samverkan.planner.Plans.baselinePlanAndValidate;
import static se.samverkan.planner.Plans.planAndValidate;
import static se.samverkan.planner.Plans.replanAndValidate;
import static se.samverkan.planner.Plans.tripOf;
import static se.samverkan.planner.Scenarios.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.travel.EstimatedTravelTimes;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Scenarios;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.Triage;
import se.samverkan.planner.json.ScenarioJson;
import se.samverkan.planner.plan.BaselineResult;
import se.samverkan.planner.plan.Plan;

/**
 * The baselines of docs/decisions/0005-planner-baselines.md on hand-computable instances ({@link LineTravelTimes}: one
 * road minute per place unit, ambulances with one lying place and no turnaround). Every baseline's trips are
 * rebuilt and validated by {@link se.samverkan.planner.Plans}.
 */
class BaselineTest {

    private static final String HOSPITAL = Planner.BASELINE_NEAREST_HOSPITAL;
    private static final String UNIT = Planner.BASELINE_NEAREST_UNIT;
    private static final String NATIONAL = Planner.BASELINE_NEAREST_HOSPITAL_NATIONAL;

    @Test
    void aBorderIncidentGetsTheOwnRegionsUnitFromTheBaselinesAndTheNearerNeighbourFromThePlan() {
        // Jämtland (23) incident at 0, hospital at 30. Västernorrland's (22) ambulance 5 min away, Jämtland's 20 min away,
        // both free. Own region first: pickup 20, handed over at 50. The plan and the national comparison: 5 → 35.
        PlanningProblem p = oneRedPatientAndAHospitalAt(30)
                .ambulance("neighbour", -5, "22", 0)
                .ambulance("own", -20, "23", 0)
                .build();

        Plan plan = planAndValidate(p);
        Map<String, Plan> baselines = baselinePlans(p, plan);

        assertThat(tripOf(plan, "red").unitId()).isEqualTo("neighbour");
        assertThat(plan.objective()).isCloseTo(10 * 35, within(1e-6));
        assertThat(plan.baselines()).extracting(BaselineResult::name).containsExactly(HOSPITAL, UNIT, NATIONAL);
        for (String regional : new String[] {HOSPITAL, UNIT}) {
            assertThat(tripOf(baselines.get(regional), "red").unitId()).isEqualTo("own");
            assertThat(result(plan, regional).figures().triage(Triage.P1).meanMinutes()).isCloseTo(50, within(1e-6));
            assertThat(result(plan, regional).improvement()).isCloseTo(1 - 350.0 / 500, within(1e-9));
        }
        assertThat(tripOf(baselines.get(NATIONAL), "red").unitId()).isEqualTo("neighbour");
        assertThat(result(plan, NATIONAL).figures().triage(Triage.P1).meanMinutes()).isCloseTo(35, within(1e-6));
        assertThat(result(plan, NATIONAL).improvement()).isCloseTo(0, within(1e-9));
    }

    @Test
    void otherRegionsAreAskedOnlyWhenNoOwnUnitIsFreeWhenThePatientIsReady() {
        // The own ambulance (20 min away) is busy until minute 10, the neighbour's (25 min away) is free: mutual aid.
        // Nearest hospital: the soonest handover of all units — own 10 + 20 → 60, neighbour 25 → 55: the neighbour.
        // Greedy: the unit free soonest of all — the neighbour (free at 0) — 55. No minutes are added for the request.
        PlanningProblem p = oneRedPatientAndAHospitalAt(30)
                .ambulance("own", -20, "23", 10)
                .ambulance("neighbour", -25, "22", 0)
                .build();

        Plan plan = planAndValidate(p);
        Map<String, Plan> baselines = baselinePlans(p, plan);

        for (String name : new String[] {HOSPITAL, UNIT, NATIONAL}) {
            assertThat(tripOf(baselines.get(name), "red").unitId()).as(name).isEqualTo("neighbour");
            assertThat(tripOf(baselines.get(name), "red").arrival()).as(name).isCloseTo(55, within(1e-6));
        }
    }

    @Test
    void onceItsOwnUnitsAreBusyTheCentreTakesTheSoonestUnitAnywhere() {
        // Two P1 patients, the own ambulance 20 min away, the neighbour's 5 min away, hospital at 30.
        // Nearest hospital, own region first: the first patient by the own unit (pickup 20, at 50); for the second no
        // own unit is free at minute 0, so the soonest of all: the neighbour (5 → 35) rather than the own unit back
        // from the hospital (50 + 30 → 110). National: the neighbour first (35), then the own unit (50).
        PlanningProblem p = scenario()
                .patients("red", 0, "23", 2, Triage.P1, CareNeed.TRAUMA, true, 0)
                .hospital("h", 30, "23", CareNeed.TRAUMA, 2, 0)
                .ambulance("own", -20, "23", 0)
                .ambulance("neighbour", -5, "22", 0)
                .build();

        Plan plan = planAndValidate(p);
        Map<String, Plan> baselines = baselinePlans(p, plan);

        assertThat(baselines.get(HOSPITAL).trips()).extracting(t -> t.unitId() + "@" + Math.round(t.arrival()))
                .containsExactlyInAnyOrder("own@50", "neighbour@35");
        assertThat(baselines.get(NATIONAL).trips()).extracting(t -> t.unitId() + "@" + Math.round(t.arrival()))
                .containsExactlyInAnyOrder("own@50", "neighbour@35");
        assertThat(plan.objective()).isCloseTo(10 * (35 + 50), within(1e-6));
    }

    @Test
    void theTwoBaselinesDifferInWhichOwnUnitsTheyWeigh() {
        // Own units: "far" 40 min away and free, "soon" 2 min away but busy until minute 5. An own unit is free, so
        // neither baseline asks other regions. Nearest hospital weighs every own unit by handover: soon 5 + 2 + 10 = 17
        // against far 40 + 10 = 50. Greedy takes the nearest of the own units that are free: far, 50.
        PlanningProblem p = oneRedPatientAndAHospitalAt(10)
                .ambulance("far", -40, "23", 0)
                .ambulance("soon", -2, "23", 5)
                .ambulance("other-region", -1, "22", 0)
                .build();

        Plan plan = planAndValidate(p);
        Map<String, Plan> baselines = baselinePlans(p, plan);

        assertThat(tripOf(baselines.get(HOSPITAL), "red").unitId()).isEqualTo("soon");
        assertThat(tripOf(baselines.get(HOSPITAL), "red").arrival()).isCloseTo(17, within(1e-6));
        assertThat(tripOf(baselines.get(UNIT), "red").unitId()).isEqualTo("far");
        assertThat(tripOf(baselines.get(UNIT), "red").arrival()).isCloseTo(50, within(1e-6));
        assertThat(tripOf(baselines.get(NATIONAL), "red").unitId()).isEqualTo("other-region");
        assertThat(tripOf(plan, "red").arrival()).isCloseTo(11, within(1e-6));
    }

    @Test
    void greedyMeasuresNearnessFromWhereTheUnitStandsNow() {
        // Own units A at -8 and B at -5, hospital at 10. Red (ready 0): nearest free is B (5): picks up at 5, hands
        // over at 15 and stands at the hospital. Yellow (ready 30): both free; from where they stand A is 8 away and
        // B 10 (from the hospital), so A, although B's base is nearer: pickup 30, handed over at 40.
        PlanningProblem p = scenario()
                .patients("red", 0, "23", 1, Triage.P1, CareNeed.TRAUMA, true, 0)
                .patients("yellow", 0, "23", 1, Triage.P2, CareNeed.TRAUMA, true, 30)
                .hospital("h", 10, "23", CareNeed.TRAUMA, 2, 0)
                .ambulance("A", -8, "23", 0)
                .ambulance("B", -5, "23", 0)
                .build();

        Plan plan = planAndValidate(p);
        Plan greedy = baselinePlans(p, plan).get(UNIT);

        assertThat(tripOf(greedy, "red").unitId()).isEqualTo("B");
        assertThat(tripOf(greedy, "yellow").unitId()).isEqualTo("A");
        assertThat(tripOf(greedy, "yellow").arrival()).isCloseTo(40, within(1e-6));
    }

    @Test
    void unitsWithoutAHomeRegionAreNobodysOwnSoTheBaselinesFallBackToNationalDispatch() {
        // The border case with no home regions known: no own unit, so every patient is "mutual aid" — the nearest
        // hospital baseline equals the national comparison, and greedy takes the nearest free unit of all.
        PlanningProblem p = oneRedPatientAndAHospitalAt(30)
                .ambulance("near", -5, null, 0)
                .ambulance("own-but-unknown", -20, null, 0)
                .build();

        Plan plan = planAndValidate(p);
        Map<String, Plan> baselines = baselinePlans(p, plan);

        for (String name : new String[] {HOSPITAL, UNIT, NATIONAL}) {
            assertThat(tripOf(baselines.get(name), "red").unitId()).as(name).isEqualTo("near");
        }
    }

    @Test
    void withNoUnitOfAnotherRegionTheNearestHospitalBaselineIsTheNationalComparison() throws IOException {
        // The example scenario (Jämtland) with real travel estimates and several trips per unit, its units with no
        // homeRegion (nobody's own), or all of them Jämtland's own. Either way the dispatch centre's choice ranges
        // over every unit, so the regional rule must give exactly the national comparison's figures.
        TravelTimeModel travel = EstimatedTravelTimes.withDefaults();
        PlanningProblem example;
        try (Reader in = Files.newBufferedReader(example())) {
            example = ScenarioJson.read(in);
        }
        assertThat(example.groups()).allMatch(g -> g.region().equals("23"));
        PlanningProblem unknown = withHomeRegion(example, null);
        PlanningProblem allOwn = withHomeRegion(example, "23");

        for (PlanningProblem p : new PlanningProblem[] {unknown, allOwn}) {
            Plan plan = planAndValidate(p, travel);
            assertThat(result(plan, HOSPITAL).figures()).isEqualTo(result(plan, NATIONAL).figures());
            assertThat(result(plan, HOSPITAL).figures().served()).isPositive();
        }
    }

    @Test
    void aReplansBaselinesKeepTheTripsUnderWayAndDispatchTheRestFromNow() {
        // Hospital at 30. "red" ready at 0, "late" at 30. The plan: the neighbour (22, 5 min away) takes red (5 → 35),
        // Jämtland's own ambulance (20 away) late (leaves at 10, 30 → 60): 10 × (35 + 30). At minute 1 the own
        // ambulance breaks down; the neighbour's trip is under way. Late is dispatched anew: the neighbour from the
        // hospital (free at 35, back at 65 → 95), or Jämtland's second ambulance 70 min away (leaves at 1, 71 → 101).
        // The plan and the national comparison: the neighbour, 10 × (35 + 65). The regional baselines: Jämtland's own
        // unit is free by minute 30, so it goes: 10 × (35 + 71). Every baseline keeps the neighbour's first trip.
        PlanningProblem p = oneRedPatientAndAHospitalAt(30)
                .patients("late", 0, "23", 1, Triage.P1, CareNeed.TRAUMA, true, 30)
                .ambulance("neighbour", -5, "22", 0)
                .ambulance("own", -20, "23", 0)
                .ambulance("own-far", -70, "23", 0)
                .build();
        Plan before = planAndValidate(p);
        assertThat(before.objective()).isCloseTo(10 * (35 + 30), within(1e-6));

        Planner.Replan after = replanAndValidate(p, before, 1, java.util.List.of(new PlanEvent.UnitBreaksDown("own")));
        Planner planner = new Planner(new LineTravelTimes());

        assertThat(after.plan().objective()).isCloseTo(10 * (35 + 65), within(1e-6));
        for (String name : new String[] {HOSPITAL, UNIT, NATIONAL}) {
            Plan baseline = planner.baselinePlan(after, name);
            assertThat(baseline.trips()).filteredOn(t -> t.fixed()).singleElement()
                    .satisfies(t -> assertThat(t.unitId()).isEqualTo("neighbour"))
                    .satisfies(t -> assertThat(t.arrival()).isCloseTo(35, within(1e-6)));
            assertThat(tripOf(baseline, "late").unitId()).as(name).isEqualTo(name.equals(NATIONAL) ? "neighbour" : "own-far");
            assertThat(result(after.plan(), name).figures().objective()).as(name)
                    .isCloseTo(10 * (35 + (name.equals(NATIONAL) ? 65 : 71)), within(1e-6));
        }
    }

    @Test
    void anUnknownBaselineNameIsRefused() {
        PlanningProblem p = scenario().patients("red", 0, 1, Triage.P1, CareNeed.TRAUMA, true).build();
        assertThatThrownBy(() -> new Planner(new LineTravelTimes()).baselinePlan(p, "telephone"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("telephone");
    }

    /** One lying P1 trauma patient in Jämtland (23) at 0, ready at once; a Jämtland hospital with two trauma beds. */
    private static Scenarios oneRedPatientAndAHospitalAt(double hospital) {
        return scenario().patients("red", 0, "23", 1, Triage.P1, CareNeed.TRAUMA, true, 0)
                .hospital("h", hospital, "23", CareNeed.TRAUMA, 2, 0);
    }

    private static Path example() {
        Path here = Path.of("examples/e14-bus-crash.json");
        return Files.exists(here) ? here : Path.of("planner/examples/e14-bus-crash.json");
    }

    private static PlanningProblem withHomeRegion(PlanningProblem p, String region) {
        return new PlanningProblem(p.start(), p.groups(), p.hospitals(), p.units().stream().map(u -> new TransportUnit(u.id(),
                u.mode(), u.position(), u.lyingPlaces(), u.seatedPlaces(), u.careLevel(), u.availableAt(), u.turnaroundMinutes(),
                region)).toList(), p.policy());
    }

    private static BaselineResult result(Plan plan, String name) {
        return plan.baselines().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Plan> baselinePlans(PlanningProblem p, Plan plan) {
        Map<String, Plan> out = new LinkedHashMap<>();
        for (BaselineResult b : plan.baselines()) {
            out.put(b.name(), baselinePlanAndValidate(p, new LineTravelTimes(), b));
        }
        return out;
    }
}
