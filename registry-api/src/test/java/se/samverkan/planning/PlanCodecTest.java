package se.samverkan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.EstimatedTravelTimes;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Policy;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.solve.PlanEvent;
import se.samverkan.planner.solve.Planner;
import se.samverkan.planner.solve.PlanningOptions;
import se.samverkan.planner.validation.PlanValidator;

/** Stored problems and plans read back exactly: the validator accepts the read-back plan, a re-plan keeps its trips. */
class PlanCodecTest {

    private static final TravelTimeModel TRAVEL = EstimatedTravelTimes.withDefaults();
    private static final Instant T0 = Instant.parse("2026-11-25T14:00:00Z");

    static PlanningProblem problem() {
        GeoPoint crash = new GeoPoint(62.7512345678, 15.4212345678);
        return new PlanningProblem(T0, List.of(
                new CasualtyGroup("i/P1-TRAUMA-LYING", crash, "23", 3, Triage.P1, CareNeed.TRAUMA, true, T0),
                new CasualtyGroup("i/P3-GENERAL-SEATED", crash, "23", 5, Triage.P3, CareNeed.GENERAL, false, T0.plusSeconds(600))),
                List.of(new Hospital("SE-23-OSTERSUND", "Östersunds sjukhus", new GeoPoint(63.1747, 14.654), "23",
                                Map.of(CareNeed.TRAUMA, new BedCapacity(2, 2), CareNeed.GENERAL, new BedCapacity(10, 0))),
                        new Hospital("SE-22-SUNDSVALL", "Sundsvalls sjukhus", new GeoPoint(62.377, 17.287), "22",
                                Map.of(CareNeed.TRAUMA, new BedCapacity(4, 0), CareNeed.GENERAL, new BedCapacity(3, 3)))),
                // Home regions (the regional baselines need them after a re-plan too): own, a neighbour's, none.
                List.of(new TransportUnit("a1", TransportMode.ROAD_AMBULANCE, new GeoPoint(62.8, 15.5), 1, 2, CareLevel.ADVANCED, T0, 15, "23"),
                        new TransportUnit("a2", TransportMode.ROAD_AMBULANCE, new GeoPoint(63.17, 14.65), 1, 2, CareLevel.ADVANCED, T0, 15, "23"),
                        new TransportUnit("bus", TransportMode.AMBULANCE_BUS, new GeoPoint(63.0, 15.0), 2, 12, CareLevel.BASIC, T0, 20, "22"),
                        new TransportUnit("heli", TransportMode.HELICOPTER, new GeoPoint(63.18, 14.50), 1, 0, CareLevel.ADVANCED, T0, 20)),
                new Policy(Map.of(Triage.P1, 12.5, Triage.P2, 3.0, Triage.P3, 1.0), Policy.defaults().maxTransportMinutes(),
                        Policy.defaults().minimumCareLevel(), 30, 60, 0.5, 20, 2880));
    }

    @Test
    void aProblemReadsBackEqualInTheScenarioFormat() {
        PlanningProblem p = problem();
        assertThat(PlanCodec.problem(PlanCodec.problem(p).toString())).isEqualTo(p);
        assertThat(PlanCodec.problem(PlanCodec.problem(p).toString()).units()).extracting(TransportUnit::homeRegion)
                .containsExactly("23", "23", "22", null);
    }

    @Test
    void aPlanReadsBackExactlyAndStillValidates() {
        PlanningProblem p = problem();
        Plan plan = new Planner(TRAVEL).plan(p, PlanningOptions.defaults().withImprovementTime(Duration.ofMillis(200)));
        assertThat(new PlanValidator(TRAVEL).violations(p, plan)).isEmpty();

        Plan back = PlanCodec.plan(PlanCodec.parse(PlanCodec.plan(plan).toString()));

        assertThat(back).isEqualTo(plan);
        assertThat(new PlanValidator(TRAVEL).violations(PlanCodec.problem(PlanCodec.problem(p).toString()), back)).isEmpty();
    }

    @Test
    void aReplanOfAReadBackPlanKeepsTheTripsUnderWay() {
        PlanningProblem p = problem();
        Plan plan = new Planner(TRAVEL).plan(p, PlanningOptions.defaults().withImprovementTime(Duration.ofMillis(200)));
        Plan back = PlanCodec.plan(PlanCodec.parse(PlanCodec.plan(plan).toString()));
        double now = plan.trips().stream().mapToDouble(t -> t.departure()).min().orElse(0) + 0.5;

        Planner.Replan replan = new Planner(TRAVEL).replan(PlanCodec.problem(PlanCodec.problem(p).toString()), back, now,
                List.of(new PlanEvent.HospitalCloses("SE-22-SUNDSVALL")),
                PlanningOptions.defaults().withImprovementTime(Duration.ofMillis(200)));

        assertThat(new PlanValidator(TRAVEL).violations(replan.problem(), replan.plan())).isEmpty();
        assertThat(replan.plan().changedAssignments()).isPresent();
        assertThat(replan.plan().trips()).filteredOn(t -> t.fixed()).isNotEmpty();
    }

    @Test
    void aContextReadsBackEqual() {
        PlanContext c = new PlanContext(
                List.of(new PlanContext.UnitRef("u1", "AMB 1", "ROAD_AMBULANCE", "ROAD_AMBULANCE", "23", "ADVANCED", 7, false)),
                List.of(new PlanContext.HospitalRef("SE-23-OSTERSUND", "Östersunds sjukhus", "23", true, "2026-11-25T10:00:00Z"),
                        new PlanContext.HospitalRef("SE-23-X", "X", "23", false, null)),
                List.of(new PlanContext.GroupRef("g", "i", "Bussolycka", "P1", "TRAUMA", true),
                        new PlanContext.GroupRef("h", null, null, "P2", "BURNS", false)),
                List.of(new PlanContext.Exclusion("u2", "CAR 2", "kind PHYSICIAN_CAR carries no patients")),
                List.of(new PlanContext.Exclusion("SE-25-KIRUNA", "Kiruna sjukhus", "has never reported capacity")),
                List.of("a note"));
        assertThat(PlanCodec.context(PlanCodec.parse(PlanCodec.context(c).toString()))).isEqualTo(c);
    }
}
