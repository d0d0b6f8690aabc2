package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.planner.Plans.planAndValidate;
import static se.samverkan.planner.Plans.replanAndValidate;
import static se.samverkan.planner.Scenarios.scenario;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.InvalidPlanningInputException;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Scenarios;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.Trip;

class ReplanTest {

    private final LineTravelTimes travel = new LineTravelTimes();
    private final Planner planner = new Planner(travel);

    /** Six lying P2 patients, two ambulances, hospitals 10 and 20 min away with three and four beds. */
    private PlanningProblem problem() {
        return scenario()
                .patients("yellow", 0, 6, Triage.P2, CareNeed.TRAUMA, true)
                .hospital("A", 10, CareNeed.TRAUMA, 3)
                .hospital("B", 20, CareNeed.TRAUMA, 4)
                .ambulance("a1", 0).ambulance("a2", 0)
                .build();
    }

    @Test
    void aClosedHospitalGetsNoNewPatientsAndTripsUnderWayStay() {
        PlanningProblem p = problem();
        Plan before = planAndValidate(p);
        assertThat(before.trips()).anyMatch(t -> t.hospitalId().equals("A") && t.departure() > 1);

        Planner.Replan after = replanAndValidate(p, before, 1, List.of(new PlanEvent.HospitalCloses("A")));
        List<Trip> underWay = before.trips().stream().filter(t -> t.departure() <= 1).toList();
        assertThat(after.plan().trips().stream().filter(Trip::fixed).toList())
                .extracting(Trip::unitId, Trip::number, Trip::hospitalId)
                .containsExactlyInAnyOrderElementsOf(underWay.stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.unitId(), t.number(), t.hospitalId())).toList());
        assertThat(after.plan().trips()).filteredOn(t -> !t.fixed()).allMatch(t -> !t.hospitalId().equals("A"));
        assertThat(after.plan().changedAssignments()).isPresent();
        assertThat(after.plan().changedAssignments().getAsInt()).isPositive();
    }

    @Test
    void nothingChangesWhenNothingHappened() {
        PlanningProblem p = problem();
        Plan before = planAndValidate(p);

        Planner.Replan again = replanAndValidate(p, before, 0, List.of());
        assertThat(again.plan().changedAssignments().getAsInt()).isZero();
        assertThat(again.plan().objective()).isLessThanOrEqualTo(before.objective() + 1e-6);
    }

    @Test
    void aBrokenUnitTakesNoNewTripsAndNewCasualtiesAreServed() {
        PlanningProblem p = problem();
        Plan before = planAndValidate(p);
        CasualtyGroup late = new CasualtyGroup("late", LineTravelTimes.at(0), "23", 1, Triage.P1, CareNeed.TRAUMA, true,
                Scenarios.T0.plusSeconds(600));

        Planner.Replan after = replanAndValidate(p, before, 1, List.of(new PlanEvent.UnitBreaksDown("a2"), new PlanEvent.CasualtiesArrive(late)));
        assertThat(after.plan().trips()).filteredOn(t -> t.unitId().equals("a2")).allMatch(Trip::fixed);
        assertThat(after.plan().trips()).anyMatch(t -> t.patients().stream().anyMatch(s -> s.groupId().equals("late")));
        assertThat(after.plan().unserved()).isEmpty();
    }

    @Test
    void aClosedHospitalMovesOnlyItsOwnPatients() {
        // Three lying P2 ready at minute 10, three ambulances at the scene: two to A (10 min, 2 beds), one to C
        // (12 min). C closes at minute 1, before anyone has left: only its patient moves (to D, 30 min); the two
        // bound for A keep hospital, unit and times. Objective 3 × (10 + 10 + 30) = 150, one assignment changed.
        PlanningProblem p = scenario()
                .patients("yellow", 0, "23", 3, Triage.P2, CareNeed.TRAUMA, true, 10)
                .hospital("A", 10, CareNeed.TRAUMA, 2)
                .hospital("C", 12, CareNeed.TRAUMA, 5)
                .hospital("D", 30, CareNeed.TRAUMA, 5)
                .ambulance("a1", 0).ambulance("a2", 0).ambulance("a3", 0)
                .build();
        Plan before = planAndValidate(p);
        assertThat(before.objective()).isCloseTo(3 * (10 + 10 + 12), org.assertj.core.api.Assertions.within(1e-6));

        Planner.Replan after = replanAndValidate(p, before, 1, List.of(new PlanEvent.HospitalCloses("C")));
        assertThat(after.plan().changedAssignments().getAsInt()).isEqualTo(1);
        assertThat(after.plan().objective()).isCloseTo(3 * (10 + 10 + 30), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(after.plan().trips()).filteredOn(t -> t.hospitalId().equals("A"))
                .extracting(Trip::unitId, Trip::pickup)
                .containsExactlyInAnyOrderElementsOf(before.trips().stream().filter(t -> t.hospitalId().equals("A"))
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.unitId(), t.pickup())).toList());
    }

    @Test
    void anEventNamingAnUnknownHospitalIsAFieldError() {
        PlanningProblem p = problem();
        Plan before = planAndValidate(p);
        assertThatThrownBy(() -> planner.replan(p, before, 1, List.of(new PlanEvent.HospitalCloses("nope")), PlanningOptions.defaults()))
                .isInstanceOfSatisfying(InvalidPlanningInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("events[0].hospitalId"));
    }
}
