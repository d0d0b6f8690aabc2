package se.samverkan.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.samverkan.platform.problem.Problem;

import se.samverkan.transfer.model.TransferMode;

/**
 * The service with the packaged hospital list and the GIS travel-time model, without a container: which
 * cost model it picks and how bad input becomes one problem naming every field.
 */
class TransferAdviceServiceTest {

    private final TransferAdviceService service = new TransferAdviceService();

    @Test
    void advisesWithTheOriginHospitalsRegionAndTheReferenceHospitals() {
        TransferAdviceService.Answer answer = service.advise("SE-25-SUNDERBY", "SE-24-UMEA", "SEATED_NO_CARE", "PRIO_3",
                "2026-11-25T08:00", null, null);

        assertThat(answer.costModel().region()).isEqualTo("25");
        assertThat(answer.advice().fromName()).isEqualTo("Sunderby sjukhus (SE-25-SUNDERBY)");
        // Own transport is the only mode cheaper than a taxi for a seated patient without care need.
        assertThat(answer.advice().recommended().orElseThrow().mode()).isEqualTo(TransferMode.OWN_TRANSPORT);
        assertThat(service.advise("SE-25-SUNDERBY", "SE-24-UMEA", "LYING_BASIC", "3", "2026-11-25T08:00", null, "23")
                .costModel().region()).isEqualTo("23");
    }

    @Test
    void everyBadFieldIsNamedInOneProblem() {
        assertThatThrownBy(() -> service.advise("SE-99-NOWHERE", "", "STANDING", "PRIO_9", "tomorrow", "2026-13-01T00:00", "Norrbotten"))
                .isInstanceOfSatisfying(InvalidAdviceRequest.class, e -> {
                    assertThat(e.errors()).extracting(Problem.FieldError::field)
                            .containsExactly("from", "to", "need", "priority", "earliest", "latest", "region");
                    assertThat(e.errors().get(0).reason()).isEqualTo("unknown hospital 'SE-99-NOWHERE'");
                });
    }

    @Test
    void sameOriginAndDestinationAndAWindowEndingBeforeItStartsAreRefused() {
        assertThatThrownBy(() -> service.advise("SE-24-UMEA", "se-24-umea", "LYING_BASIC", "PRIO_3", "2026-11-25T08:00", null, null))
                .isInstanceOfSatisfying(InvalidAdviceRequest.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::field).containsExactly("to"));
        assertThatThrownBy(() -> service.advise("SE-25-SUNDERBY", "SE-24-UMEA", "LYING_BASIC", "PRIO_3", "2026-11-25T08:00",
                "2026-11-25T07:00", null))
                .isInstanceOfSatisfying(InvalidAdviceRequest.class, e -> {
                    assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("latest");
                    assertThat(e.getMessage()).startsWith("latest: the window ends");
                });
    }

    @Test
    void aWindowNoAdequateModeCanMeetIsAnAnswerNotAnError() {
        // A newborn needs the specialist flight, which assembles its team for 2 h: a 1 h window cannot be met.
        TransferAdviceService.Answer answer = service.advise("SE-25-SUNDERBY", "SE-24-UMEA", "NEONATAL", "PRIO_1",
                "2026-11-25T08:00", "2026-11-25T09:00", null);

        assertThat(answer.advice().recommended()).isEmpty();
        assertThat(answer.advice().noAdequateModeReason()).contains("a newborn in an incubator").contains("specialistflyg");
    }
}
