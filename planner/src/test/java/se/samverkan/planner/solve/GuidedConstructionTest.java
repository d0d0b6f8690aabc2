package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.planner.Scenarios.scenario;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.Trip;

/** The construction the planner builds from the timeline relaxation's optimum. */
class GuidedConstructionTest {

    private final PlanningProblem problem = scenario()
            .patients("red", 0, 1, Triage.P1, CareNeed.TRAUMA, true)
            .patients("green", 0, 3, Triage.P3, CareNeed.GENERAL, false)
            .hospital("near", 10, CareNeed.GENERAL, 2)
            .hospital("far", 30, CareNeed.GENERAL, 5)
            .hospital("trauma", 20, CareNeed.TRAUMA, 2)
            .ambulance("a1", 0).ambulance("a2", 0)
            .build();

    private Dispatcher guided(double[][] carried, boolean p1TripByTrip) {
        Planner.loadNativeLibraries();
        TravelTables tt = new TravelTables(problem, new LineTravelTimes());
        return Planner.guided(problem, new int[] {1, 3}, () -> {
            Dispatcher d = new Dispatcher(problem, tt, List.of(), Double.NEGATIVE_INFINITY);
            d.p1Factor = Dispatcher.P1_FIRST;
            return d;
        }, carried, p1TripByTrip);
    }

    private static int carriedTo(Dispatcher d, String hospital) {
        return d.trips().stream().filter(t -> t.hospitalId().equals(hospital)).mapToInt(Trip::patientCount).sum();
    }

    @Test
    void patientsOtherThanP1GoWhereTheRelaxationCarriesThemRoundedWithinTheBeds() {
        // The relaxation sends 1.4 green patients near and 1.6 far: the whole parts, then the largest fraction.
        double[][] carried = {{0, 0, 1}, {1.4, 1.6, 0}};
        for (boolean p1TripByTrip : new boolean[] {false, true}) {
            Dispatcher d = guided(carried, p1TripByTrip);
            assertThat(carriedTo(d, "far")).isEqualTo(2);
            assertThat(carriedTo(d, "near")).isEqualTo(1);
            assertThat(carriedTo(d, "trauma")).isEqualTo(1);
        }
    }

    @Test
    void aHospitalWithoutBedsForTheRelaxationsShareTakesOnlyWhatFits() {
        // All three green patients "near" (2 beds): the assignment keeps two there and sends the third on.
        Dispatcher d = guided(new double[][] {{0, 0, 1}, {3, 0, 0}}, false);
        assertThat(carriedTo(d, "near")).isEqualTo(2);
        assertThat(carriedTo(d, "far")).isEqualTo(1);
    }
}
