package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.samverkan.planner.Plans.planAndValidate;
import static se.samverkan.planner.Scenarios.scenario;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Scenarios;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.Plan;

/** The weighted bound follows each unit's timeline with the real cycle of the hospital it goes to. */
class TimelineBoundTest {

    private static double slotBound(PlanningProblem problem) {
        Planner.loadNativeLibraries();
        TravelTables tt = new TravelTables(problem, new LineTravelTimes());
        Dispatcher d = new Dispatcher(problem, tt, List.of(), Double.NEGATIVE_INFINITY);
        SlotRelaxation r = SlotRelaxation.build(d, problem.groups().stream().mapToInt(CasualtyGroup::count).toArray(), false);
        try {
            return r.solve();
        } finally {
            r.release();
        }
    }

    @Test
    void aUnitThatGoesFarComesBackLateAndTheBoundKnowsIt() {
        // Two trauma patients (P3) at 0, one ambulance there, no turnaround. The near hospital (10) has only a
        // burns bed, so both ride to the far one (100): arrivals 100 and 100 + 100 back + 100 = 300, objective
        // 400, the optimum. The pickup slots count the unit back from the nearest hospital that takes patients
        // (10 + 10 = 20 min): 100 + 120 = 220. The timeline bound: the trip to the far band takes 200 min.
        PlanningProblem p = scenario()
                .patients("green", 0, 2, Triage.P3, CareNeed.TRAUMA, true)
                .hospital("near", 10, CareNeed.BURNS, 1)
                .hospital("far", 100, CareNeed.TRAUMA, 5)
                .unit("a1", TransportMode.ROAD_AMBULANCE, 0, 1, 0, CareLevel.ADVANCED, 0)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.objective()).isCloseTo(400, within(1e-6));
        assertThat(plan.bound().value()).isCloseTo(400, within(1e-6));
        assertThat(slotBound(p)).isCloseTo(220, within(1e-6));
    }

    @Test
    void theTurnaroundCountsInTheCycle() {
        // Two P2 patients at 0, hospital at 50, one ambulance at 0 with 10 min turnaround: arrivals at 50 and
        // 50 + 10 + 50 + 50 = 160, objective 3 × 210 = 630, the optimum, and the bound.
        PlanningProblem p = scenario()
                .patients("a", 0, 2, Triage.P2, CareNeed.GENERAL, true)
                .hospital("h", 50, CareNeed.GENERAL, 5)
                .unit("a1", TransportMode.ROAD_AMBULANCE, 0, 1, 0, CareLevel.ADVANCED, 10)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.objective()).isCloseTo(630, within(1e-6));
        assertThat(plan.bound().value()).isCloseTo(630, within(1e-6));
    }

    @Test
    void collectionPointsOfOneIncidentShareTheUnitsTimeline() {
        // P2 patients at 0 and at 5, hospital at 50, one ambulance at 0 with 10 min turnaround. Best: pick up at
        // 0 (arrive 50), free at 60, at point 5 at 105, arrive 150: 3 × (50 + 150) = 600. The timeline is kept
        // per incident, not per point: the unit is back "at the incident" after the least ride and return
        // between any of its points (45 + 45) and the turnaround, at 100: 3 × (0 + 50 + 100 + 45) = 585.
        PlanningProblem p = scenario()
                .patients("a", 0, 1, Triage.P2, CareNeed.GENERAL, true)
                .patients("b", 5, 1, Triage.P2, CareNeed.GENERAL, true)
                .hospital("h", 50, CareNeed.GENERAL, 5)
                .unit("a1", TransportMode.ROAD_AMBULANCE, 0, 1, 0, CareLevel.ADVANCED, 10)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.objective()).isCloseTo(600, within(1e-6));
        assertThat(plan.bound().value()).isCloseTo(585, within(1e-6));
    }

    @Test
    void patientsOfBothPosturesShareOneTripAndLateReadinessCosts() {
        // Ambulance (1 lying, 2 seated) at 0; a lying P2 and two seated P3 ready at 30; hospital at 10. One trip
        // at 30 carries all three, arrivals at 40: 3 × 10 + 2 × 1 × 10 = 50, the optimum, and the bound. (The
        // constructions let patients ride along only with their own triage when they choose hospitals trip by
        // trip, and make two trips, 3 × 10 + 2 × 30 = 90; the improvement's ride-along move merges them.)
        PlanningProblem p = scenario()
                .patients("yellow", 0, "23", 1, Triage.P2, CareNeed.GENERAL, true, 30)
                .patients("green", 0, "23", 2, Triage.P3, CareNeed.GENERAL, false, 30)
                .hospital("h", 10, CareNeed.GENERAL, 5)
                .ambulance("a1", 0)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.bound().value()).isCloseTo(50, within(1e-6));
        assertThat(plan.objective()).isCloseTo(50, within(1e-6));
        assertThat(plan.trips()).hasSize(1);
    }

    @Test
    void aUnitBelowTheNeededCareLevelOffersNoPlaceEvenWhenItsLevelRowIsLeftOut() {
        // Two lying P1 patients (they need ADVANCED) and a lying P3 at 0, hospital at 10, an ADVANCED and a BASIC
        // ambulance at 0, no turnaround. Only the ADVANCED one may carry P1: arrivals 10 and 10 + 10 + 10 = 30
        // (10 × 40), the P3 with the BASIC one at 10: 410, the optimum. The LP leaves out the BASIC level's place
        // rows (the same trips as level NONE's); the ADVANCED rows must stay: without them the BASIC unit would
        // carry a P1 patient at 0 and the P3 wait for the next trip (10 × 20 + 30 = 230).
        PlanningProblem p = scenario()
                .patients("red", 0, 2, Triage.P1, CareNeed.GENERAL, true)
                .patients("green", 0, 1, Triage.P3, CareNeed.GENERAL, true)
                .hospital("h", 10, CareNeed.GENERAL, 5)
                .unit("advanced", TransportMode.ROAD_AMBULANCE, 0, 1, 0, CareLevel.ADVANCED, 0)
                .unit("basic", TransportMode.ROAD_AMBULANCE, 0, 1, 0, CareLevel.BASIC, 0)
                .build();

        Plan plan = planAndValidate(p);

        assertThat(plan.objective()).isCloseTo(410, within(1e-6));
        assertThat(plan.bound().value()).isCloseTo(410, within(1e-6));
    }

    @Test
    void theBoundNeverExceedsAPlanOnRandomInstances() {
        // Valid means below every plan; the planner's plans are checked on instances with several hospitals,
        // modes, turnarounds, readiness and both postures, where rounding and bands matter.
        SplittableRandom random = new SplittableRandom(7);
        CareNeed[] needs = {CareNeed.TRAUMA, CareNeed.GENERAL};
        for (int run = 0; run < 25; run++) {
            Scenarios s = scenario();
            int groups = 2 + random.nextInt(4);
            for (int g = 0; g < groups; g++) {
                Triage triage = Triage.values()[random.nextInt(3)];
                s.patients("g" + g, random.nextInt(2) * 7.3, "23", 1 + random.nextInt(4), triage,
                        needs[random.nextInt(2)], random.nextBoolean(), random.nextInt(4) * 10.5);
            }
            for (int h = 0; h < 2 + random.nextInt(3); h++) {
                s.hospital("h" + h, 8 + random.nextDouble() * 150, "23", needs[random.nextInt(2)], 1 + random.nextInt(6),
                        random.nextInt(3));
            }
            s.hospital("big", 120, "23", CareNeed.GENERAL, 20, 0).hospital("bigT", 140, "23", CareNeed.TRAUMA, 20, 0);
            for (int u = 0; u < 1 + random.nextInt(4); u++) {
                TransportMode mode = random.nextInt(4) == 0 ? TransportMode.HELICOPTER : TransportMode.ROAD_AMBULANCE;
                s.unit("u" + u, mode, random.nextDouble() * 60, 1 + random.nextInt(2), random.nextInt(3),
                        random.nextBoolean() ? CareLevel.ADVANCED : CareLevel.INTENSIVE, random.nextInt(4) * 6.7);
            }
            Plan plan = planAndValidate(s.build());

            assertThat(plan.bound().value()).as("run %d", run).isLessThanOrEqualTo(plan.objective() + 1e-6);
        }
    }
}
