package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.samverkan.planner.Plans.planAndValidate;
import static se.samverkan.planner.Plans.tripOf;
import static se.samverkan.planner.Scenarios.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Scenarios;
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

    @Test
    void helicoptersTradeTripsEvenWhenManyAmbulancesStandNearer() {
        // Two lying P1 burns patients ready at 0: "x" at 0 and "y" at 90. Burn centres at -200 and 290, one bed
        // each: 200 road minutes from each site, beyond the P1 maximum ride of 120, so only the two helicopters (a
        // third of the road time, no turnaround) can take them, 66.7 min each. Helicopter h1 stands at 45 (15 min
        // from both sites), h2 at -48 (16 min from x, 46 from y). Forty ambulances wait at each site. Every
        // construction takes x first (equal rides: the first group) with the helicopter there first, h1; y then
        // waits for h2: 10 × (15 + 66.7) + 10 × (46 + 66.7) = 1 943.3. The optimum trades: x with h2, y with h1:
        // 10 × (16 + 66.7) + 10 × (15 + 66.7) = 1 643.3. Only an exchange between the helicopters finds it, and
        // the ambulances fill the lists of the nearest units at both sites: the helicopters must be on them too.
        PlanningProblem p = burnsPatientsAtTwoSites(Triage.P1, -48);

        Plan plan = planAndValidate(p);

        assertThat(plan.objective()).isCloseTo(10 * (16 + 200 / 3.0) + 10 * (15 + 200 / 3.0), within(1e-6));
        assertThat(tripOf(plan, "x").unitId()).isEqualTo("h2");
        assertThat(tripOf(plan, "y").unitId()).isEqualTo("h1");
        assertThat(plan.bound().value()).isLessThanOrEqualTo(plan.objective() + 1e-6);
    }

    @Test
    void aTripMovesToAFartherUnitOfItsModeOnlyWhenTheWeightedObjectiveDoesNotSufferEither() {
        // P1 burns "x" at 0 and P2 burns "y" at 90, ready at 0; burn centres at -200 and 290 (helicopter rides 66.7).
        // Helicopter h1 at 45 (15 min from both), h2 at -47.5 (15.8 from x, 45.8 from y); forty ambulances at each
        // site fill the nearest-unit lists. Start: x with h2 (15.8 → 82.5), y with h1 (15 → 81.7), weighted
        // 10 × 82.5 + 3 × 81.7 = 1 070. Trading helicopters gains x 0.8 min and costs y 30.8: 10 × 81.7 + 3 × 112.5
        // = 1 154; x on h1 before y costs y 163 min. P1 first alone would take either (the P1 part is smaller); a
        // move to a unit beyond the nearest must not worsen the weighted objective, so the start stays.
        PlanningProblem p = burnsPatientsAtTwoSites(Triage.P2, -47.5);
        LineTravelTimes travel = new LineTravelTimes();
        Dispatcher d = new Dispatcher(p, new TravelTables(p, travel), List.of(), Double.NEGATIVE_INFINITY);
        d.p1Factor = Dispatcher.P1_FIRST;
        trip(d, 1, 0, 0);
        trip(d, 0, 1, 1);
        assertThat(d.weightedUnitCost(0) + d.weightedUnitCost(1)).isCloseTo(10 * (47.5 / 3 + 200 / 3.0) + 3 * (15 + 200 / 3.0), within(1e-6));

        Improvement improvement = new Improvement(d, System.nanoTime() + 200_000_000L, () -> false);
        improvement.freshPlan = true;
        improvement.run();

        assertThat(d.drafts.get(1)).singleElement().satisfies(t -> assertThat(t.slices.get(0)[0]).isZero());
        assertThat(d.drafts.get(0)).singleElement().satisfies(t -> assertThat(t.slices.get(0)[0]).isOne());
    }

    /**
     * Lying burns patients "x" (P1) at 0 and "y" (the given triage) at 90, ready at 0; one burns bed at -200 and
     * one at 290; helicopter h1 at 45 and h2 at the given place; forty ambulances at each site, which fill the
     * nearest-unit lists of both sites.
     */
    private static PlanningProblem burnsPatientsAtTwoSites(Triage triageOfY, double h2At) {
        Scenarios s = scenario()
                .patients("x", 0, 1, Triage.P1, CareNeed.BURNS, true)
                .patients("y", 90, 1, triageOfY, CareNeed.BURNS, true)
                .hospital("burns-south", -200, CareNeed.BURNS, 1)
                .hospital("burns-north", 290, CareNeed.BURNS, 1)
                .unit("h1", TransportMode.HELICOPTER, 45, 1, 0, CareLevel.ADVANCED, 0)
                .unit("h2", TransportMode.HELICOPTER, h2At, 1, 0, CareLevel.ADVANCED, 0);
        for (int i = 0; i < 40; i++) {
            s.ambulance("ax" + i, 0).ambulance("ay" + i, 90);
        }
        return s.build();
    }

    /** Unit u carries the one patient of group g to hospital h, as its only trip. */
    private static void trip(Dispatcher d, int u, int g, int h) {
        Dispatcher.Draft t = new Dispatcher.Draft();
        t.unit = u;
        t.source = d.tt.sourceOfGroup[g];
        t.hospital = h;
        t.slices.add(new int[] {g, 1});
        d.drafts.get(u).add(t);
        d.used[h][d.groups.get(g).careNeed().ordinal()]++;
        assertThat(d.retime(u)).isTrue();
    }
}
