package se.samverkan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.planning.IncidentInputTest.object;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.Policy;
import se.samverkan.planner.Triage;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;

/** Reading POST /api/plans: defaults, policy overrides, form errors (400) and contradictions (422). */
class PlanRequestTest {

    @org.junit.jupiter.api.BeforeAll
    static void problemsNeedAMediaType() {
        NoJaxRs.install();
    }

    @Test
    void anEmptyBodyPlansTheOpenIncidentsWithTheDefaultPolicy() {
        PlanRequest r = PlanRequest.parse(object("{}"));
        assertThat(r.incidentIds()).isEmpty();
        assertThat(r.policy()).isEqualTo(Policy.defaults());
        assertThat(r.timeLimit()).isEmpty();
        assertThat(r.useStaleCapacity()).isTrue();
    }

    @Test
    void overridesChangeOnlyWhatTheyName() {
        UUID id = UUID.randomUUID();
        PlanRequest r = PlanRequest.parse(object("""
                {"incidentIds": ["%s"], "timeLimitSeconds": 2.5, "useStaleCapacity": false,
                 "policy": {"weights": {"P1": 20}, "minimumCareLevel": {"P2": "ADVANCED"}, "surgeAllowance": 0.25}}"""
                .formatted(id)));
        assertThat(r.incidentIds()).containsExactly(id);
        assertThat(r.timeLimit()).contains(Duration.ofMillis(2500));
        assertThat(r.useStaleCapacity()).isFalse();
        assertThat(r.policy().weight(Triage.P1)).isEqualTo(20);
        assertThat(r.policy().weight(Triage.P2)).isEqualTo(3);
        assertThat(r.policy().minimumCareLevel().get(Triage.P2)).isEqualTo(CareLevel.ADVANCED);
        assertThat(r.policy().surgeAllowance()).isEqualTo(0.25);
        assertThat(r.policy().unservedMinutes()).isEqualTo(Policy.defaults().unservedMinutes());
    }

    @Test
    void formErrorsAreNamedAndAnswer400() {
        assertThatThrownBy(() -> PlanRequest.parse(object("""
                {"incidentIds": ["nope", 3], "timeLimitSeconds": "soon", "useStaleCapacity": 1, "speed": 3,
                 "policy": {"weights": {"P1": "high", "P9": 2}, "minimumCareLevel": {"P1": "SUPER"}, "surgeAllowance": 2}}""")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder(
                            "speed", "incidentIds[0]", "incidentIds[1]", "timeLimitSeconds", "useStaleCapacity",
                            "policy.weights.P9", "policy.weights.P1", "policy.minimumCareLevel.P1", "policy.surgeAllowance");
                });
    }

    @Test
    void aContradictoryPolicyAnswers422WithThePlannersReasons() {
        assertThatThrownBy(() -> PlanRequest.parse(object("""
                {"policy": {"weights": {"P1": 1, "P3": 5}, "outsideRegionPenalty": 90, "outsideHealthcareRegionPenalty": 10}}""")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().type()).isEqualTo(PlanningProblems.INVALID_PLANNING_INPUT);
                    assertThat(e.problem().errors()).extracting(Problem.FieldError::field)
                            .contains("policy.weights", "policy.outsideHealthcareRegionPenalty");
                });
    }
}
