package se.samverkan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.Triage;
import se.samverkan.planning.model.CasualtyCount;
import se.samverkan.planning.model.IncidentDraft;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;

/** Reading incidents from request bodies: every bad field named at once. */
class IncidentInputTest {

    @org.junit.jupiter.api.BeforeAll
    static void problemsNeedAMediaType() {
        NoJaxRs.install();
    }

    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    private static final Set<String> REGIONS = Set.of("23", "25", "12");

    private static IncidentDraft parse(String json) {
        return IncidentInput.parse(object(json), NOW, NOW, REGIONS::contains, p -> "23");
    }

    @Test
    void aCompleteIncidentIsRead() {
        IncidentDraft d = parse("""
                {"name": " Bussolycka E14 ", "location": {"latitude": 62.75, "longitude": 15.42},
                 "readyAt": "2026-11-25T13:50:00Z",
                 "casualties": [{"triage": "P1", "careNeed": "TRAUMA", "lying": true, "count": 4},
                                {"triage": "P3", "careNeed": "GENERAL", "lying": false, "count": 20,
                                 "readyAt": "2026-11-25T14:30:00Z"}]}""");

        assertThat(d.name()).isEqualTo("Bussolycka E14");
        assertThat(d.location()).isEqualTo(new GeoPoint(62.75, 15.42));
        assertThat(d.regionCode()).isEqualTo("23");
        assertThat(d.regionLocated()).isTrue();
        assertThat(d.readyAt()).isEqualTo(Instant.parse("2026-11-25T13:50:00Z"));
        assertThat(d.casualties()).containsExactly(
                new CasualtyCount(Triage.P1, CareNeed.TRAUMA, true, 4, null),
                new CasualtyCount(Triage.P3, CareNeed.GENERAL, false, 20, Instant.parse("2026-11-25T14:30:00Z")));
    }

    @Test
    void aNamedRegionWinsOverTheLocationAndTheReadyTimeDefaults() {
        IncidentDraft d = parse("""
                {"name": "x", "location": {"latitude": 62.75, "longitude": 15.42}, "region": "25", "casualties": []}""");
        assertThat(d.regionCode()).isEqualTo("25");
        assertThat(d.regionLocated()).isFalse();
        assertThat(d.readyAt()).isEqualTo(NOW);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> parse("""
                {"name": "", "location": {"latitude": 48.1, "longitude": 11.6}, "region": "99", "readyAt": "yesterday",
                 "colour": "red",
                 "casualties": [{"triage": "P4", "careNeed": "TRAUMA", "lying": "yes", "count": -1},
                                {"triage": "P1", "careNeed": "TRAUMA", "lying": true, "count": 1.5},
                                {"triage": "P1", "careNeed": "GENERAL", "lying": true, "count": 2000000},
                                {"triage": "P2", "careNeed": "BURNS", "lying": true, "count": 1},
                                {"triage": "P2", "careNeed": "BURNS", "lying": true, "count": 2},
                                "four"]}"""))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder(
                            "colour", "name", "location", "region", "readyAt",
                            "casualties[0].triage", "casualties[0].lying", "casualties[0].count",
                            "casualties[1].count", "casualties[2].count", "casualties[4]", "casualties[5]");
                });
    }

    @Test
    void absurdTotalsAndMissingFieldsAreRefused() {
        assertThatThrownBy(() -> parse("""
                {"name": "x", "location": {"latitude": 62.7, "longitude": 15.4},
                 "casualties": [{"triage": "P1", "careNeed": "TRAUMA", "lying": true, "count": 600000},
                                {"triage": "P2", "careNeed": "TRAUMA", "lying": true, "count": 600000}]}"""))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .containsExactly(new Problem.FieldError("casualties", "hold 1200000 patients in all, more than 1000000")));
        assertThatThrownBy(() -> parse("{}"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .extracting(Problem.FieldError::field).containsExactly("name", "location", "casualties"));
        assertThatThrownBy(() -> IncidentInput.parse(null, NOW, NOW, REGIONS::contains, p -> "23"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .extracting(Problem.FieldError::field).containsExactly("body"));
    }

    @Test
    void readyTimesFarFromNowAreTakenForTypingErrors() {
        assertThatThrownBy(() -> parse("""
                {"name": "x", "location": {"latitude": 62.7, "longitude": 15.4}, "readyAt": "2025-11-25T14:00:00Z",
                 "casualties": []}"""))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .extracting(Problem.FieldError::field).containsExactly("readyAt"));
    }

    static JsonObject object(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    static List<String> fields(ProblemException e) {
        return e.problem().errors().stream().map(Problem.FieldError::field).toList();
    }
}
