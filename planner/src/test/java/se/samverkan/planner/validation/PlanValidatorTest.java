package se.samverkan.planner.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planner.Plans.planAndValidate;
import static se.samverkan.planner.Scenarios.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.PatientSlice;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.Trip;
import se.samverkan.planner.plan.UnservedPatients;

/** The validator must catch each kind of broken plan: start from a valid plan and break one rule at a time. */
class PlanValidatorTest {

    private final LineTravelTimes travel = new LineTravelTimes();
    private final PlanValidator validator = new PlanValidator(travel);

    private final PlanningProblem problem = scenario()
            .patients("red", 0, 2, Triage.P1, CareNeed.TRAUMA, true)
            .patients("green", 0, 2, Triage.P3, CareNeed.GENERAL, false)
            .hospital("h", 10, CareNeed.TRAUMA, 2)
            .hospital("g", 15, CareNeed.GENERAL, 5)
            .ambulance("a1", 0)
            .unit("taxi", TransportMode.TAXI, 0, 0, 3, CareLevel.NONE, 5)
            .build();

    private final Plan valid = planAndValidate(problem, travel);

    private List<String> violationsAfter(UnaryOperator<List<Trip>> change) {
        List<Trip> trips = change.apply(new ArrayList<>(valid.trips()));
        Plan broken = new Plan(valid.start(), trips, valid.unserved(), valid.figures(), null, List.of(), null, 0);
        return validator.violations(problem, broken);
    }

    private static Trip with(Trip t, double pickup, double arrival, String hospital, List<PatientSlice> patients) {
        return new Trip(t.unitId(), t.number(), t.source(), hospital, t.departure(), pickup, arrival, t.freeAt(), patients, false);
    }

    private Trip first(List<Trip> trips, String unit) {
        return trips.stream().filter(t -> t.unitId().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void aValidPlanHasNoViolations() {
        assertThat(validator.violations(problem, valid)).isEmpty();
    }

    @Test
    void catchesAnArrivalFasterThanTheRoad() {
        assertThat(violationsAfter(trips -> {
            Trip t = first(trips, "a1");
            trips.set(trips.indexOf(t), with(t, t.pickup(), t.pickup() + 1, t.hospitalId(), t.patients()));
            return trips;
        })).anyMatch(v -> v.contains("the ride takes"));
    }

    @Test
    void catchesTooManyPatientsForThePlaces() {
        assertThat(violationsAfter(trips -> {
            Trip t = first(trips, "a1");
            Trip doubled = with(t, t.pickup(), t.arrival(), t.hospitalId(), List.of(new PatientSlice("red", 2)));
            trips.removeIf(x -> x.patients().stream().anyMatch(s -> s.groupId().equals("red")));
            trips.add(doubled);
            return trips;
        })).anyMatch(v -> v.contains("places"));
    }

    @Test
    void catchesACrewBelowTheNeededCareAndAPatientLost() {
        assertThat(violationsAfter(trips -> {
            Trip t = first(trips, "taxi");
            trips.set(trips.indexOf(t), with(t, t.pickup(), t.arrival() + 100, "h", List.of(new PatientSlice("red", 1))));
            return trips;
        })).anyMatch(v -> v.contains("care level")).anyMatch(v -> v.contains("accounts for"));
    }

    @Test
    void catchesAPickupBeforeTheUnitCanBeThereAndAWrongObjective() {
        assertThat(violationsAfter(trips -> {
            List<Trip> ambulance = trips.stream().filter(t -> t.unitId().equals("a1")).toList();
            Trip second = ambulance.get(ambulance.size() - 1);
            trips.set(trips.indexOf(second), with(second, second.pickup() - 20, second.arrival() - 20, second.hospitalId(), second.patients()));
            return trips;
        })).anyMatch(v -> v.contains("after leaving") || v.contains("before the unit is free"))
                .anyMatch(v -> v.contains("objective"));
    }

    @Test
    void catchesAGapInATripNumbering() {
        assertThat(violationsAfter(trips -> {
            Trip t = first(trips, "taxi");
            trips.set(trips.indexOf(t), new Trip(t.unitId(), 2, t.source(), t.hospitalId(), t.departure(), t.pickup(), t.arrival(),
                    t.freeAt(), t.patients(), false));
            return trips;
        })).anyMatch(v -> v.contains("trips numbered"));
    }

    @Test
    void catchesDoubleCountedPatients() {
        Plan broken = new Plan(valid.start(), valid.trips(), List.of(new UnservedPatients("green", 1, "reason")),
                valid.figures(), null, List.of(), null, 0);
        assertThat(validator.violations(problem, broken)).anyMatch(v -> v.contains("accounts for 3"));
    }
}
