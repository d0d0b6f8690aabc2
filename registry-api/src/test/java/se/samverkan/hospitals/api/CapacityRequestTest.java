package se.samverkan.hospitals.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.samverkan.hospitals.model.CapacityDraft;
import se.samverkan.hospitals.model.CareCategory;
import se.samverkan.platform.problem.Problem;

class CapacityRequestTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static Map<String, String> errors(String body) {
        CapacityRequest.Parsed parsed = CapacityRequest.read(json(body));
        assertThat(parsed.draft()).as("no draft from %s", body).isNull();
        return parsed.errors().stream().collect(Collectors.toMap(Problem.FieldError::field, Problem.FieldError::reason));
    }

    @Test
    void readsAReportOfSeveralCategories() {
        CapacityDraft draft = CapacityRequest.read(json("""
                {'reportedAt': '2026-11-25T14:00:00Z', 'emergencyDepartment': 'ADVISORY',
                 'beds': {'ICU_ADULT': {'available': 2, 'baseline': 8, 'additional24h': 2, 'additional72h': 4},
                          'BURNS': {'available': 0, 'baseline': 0}}}""")).draft();

        assertThat(draft.beds()).extracting(b -> b.category()).containsExactly(CareCategory.BURNS, CareCategory.ICU_ADULT);
        assertThat(draft.beds().get(1).additional72h()).isEqualTo(4);
        assertThat(draft.facilityState().name()).isEqualTo("NORMAL");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        Map<String, String> errors = errors("""
                {'emergencyDepartment': 'OPEN',
                 'beds': {'ICU_ADULT': {'available': -1, 'baseline': 2.5},
                          'SPACE': {'available': 1, 'baseline': 1},
                          'BURNS': {'available': 9, 'baseline': 2, 'additional24h': 1, 'additional72h': 3}}}""");

        assertThat(errors).containsOnlyKeys("reportedAt", "emergencyDepartment", "beds.ICU_ADULT.available",
                "beds.ICU_ADULT.baseline", "beds.SPACE", "beds.BURNS.available");
        assertThat(errors.get("beds.ICU_ADULT.available")).contains("negative");
        assertThat(errors.get("beds.ICU_ADULT.baseline")).contains("whole number");
        assertThat(errors.get("beds.SPACE")).contains("unknown care category");
        assertThat(errors.get("beds.BURNS.available")).contains("overCapacityReason");
    }

    @Test
    void acceptsMoreThanBaselinePlusSurgeWithAReason() {
        CapacityDraft draft = CapacityRequest.read(json("""
                {'reportedAt': '2026-11-25T14:00:00Z', 'emergencyDepartment': 'NORMAL',
                 'beds': {'GENERAL_WARD': {'available': 50, 'baseline': 30, 'overCapacityReason': 'field ward'}}}""")).draft();

        assertThat(draft.beds().get(0).overCapacityReason()).isEqualTo("field ward");
    }

    @Test
    void refusesAnEmptyReport() {
        assertThat(errors("{'reportedAt': '2026-11-25T14:00:00Z', 'emergencyDepartment': 'NORMAL', 'beds': {}}"))
                .containsKey("beds");
    }
}
