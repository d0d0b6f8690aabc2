package se.samverkan.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;

class PlanningProblemTest {

    @Test
    void duplicateIdsAndPositionsAbroadAreNamed() {
        TransportUnit helsinkiTooFar = new TransportUnit("u1", TransportMode.ROAD_AMBULANCE, new GeoPoint(48.2, 16.4), 1, 0,
                CareLevel.BASIC, Scenarios.T0, 10);
        TransportUnit twin = new TransportUnit("u1", TransportMode.ROAD_AMBULANCE, new GeoPoint(63.2, 14.6), 1, 0,
                CareLevel.BASIC, Scenarios.T0, 10);
        assertThatThrownBy(() -> new PlanningProblem(Scenarios.T0, List.of(), List.of(), List.of(helsinkiTooFar, twin), Policy.defaults()))
                .isInstanceOfSatisfying(InvalidPlanningInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidPlanningInputException.FieldError::field)
                        .containsExactly("units[0].position", "units[1].id"));
    }

    @Test
    void tooManyPatientsInAllIsRejected() {
        CasualtyGroup big = new CasualtyGroup("a", new GeoPoint(59.3, 18.0), "01", 600_000, Triage.P3, CareNeed.GENERAL, false, Scenarios.T0);
        CasualtyGroup bigger = new CasualtyGroup("b", new GeoPoint(59.3, 18.0), "01", 600_000, Triage.P3, CareNeed.GENERAL, false, Scenarios.T0);
        assertThatThrownBy(() -> new PlanningProblem(Scenarios.T0, List.of(big, bigger), List.of(), List.of(), Policy.defaults()))
                .hasMessageContaining("1200000 patients");
    }

    @Test
    void policyRejectsInvertedPrioritiesAndNegativeSurge() {
        Policy d = Policy.defaults();
        assertThatThrownBy(() -> new Policy(Map.of(Triage.P1, 1.0, Triage.P2, 5.0, Triage.P3, 1.0), d.maxTransportMinutes(),
                d.minimumCareLevel(), 30, 60, 0.5, 20, 2880)).hasMessageContaining("weights");
        assertThatThrownBy(() -> new Policy(d.weights(), d.maxTransportMinutes(), d.minimumCareLevel(), 30, 60, -0.1, 20, 2880))
                .hasMessageContaining("surgeAllowance");
        assertThatThrownBy(() -> new Policy(d.weights(), d.maxTransportMinutes(), d.minimumCareLevel(), 30, 60, 0.5, 20, 100))
                .hasMessageContaining("unservedMinutes");
    }
}
