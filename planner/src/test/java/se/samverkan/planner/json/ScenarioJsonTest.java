package se.samverkan.planner.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.planner.InvalidPlanningInputException;
import se.samverkan.planner.InvalidPlanningInputException.FieldError;
import se.samverkan.planner.Plans;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.gis.travel.EstimatedTravelTimes;
import se.samverkan.planner.plan.Plan;

class ScenarioJsonTest {

    static final Path EXAMPLE = Path.of("examples/e14-bus-crash.json");

    private static PlanningProblem example() throws IOException {
        try (Reader r = Files.newBufferedReader(EXAMPLE)) {
            return ScenarioJson.read(r);
        }
    }

    @Test
    void theExampleScenarioPlansAndEveryPatientIsInThePlanJson() throws IOException {
        PlanningProblem problem = example();
        EstimatedTravelTimes travel = EstimatedTravelTimes.withDefaults();
        Plan plan = Plans.planAndValidate(problem, travel);

        StringWriter out = new StringWriter();
        PlanJson.write(problem, plan, List.of(), out);
        JsonObject json = Json.createReader(new StringReader(out.toString())).readObject();

        int inTrips = json.getJsonArray("assignments").stream().mapToInt(a -> a.asJsonObject().getInt("count")).sum();
        int unserved = json.getJsonArray("unserved").stream().mapToInt(a -> a.asJsonObject().getInt("count")).sum();
        assertThat(inTrips + unserved).isEqualTo(problem.patientCount());
        assertThat(json.getBoolean("valid")).isTrue();
        assertThat(json.getJsonObject("bound").getJsonNumber("value").doubleValue()).isLessThanOrEqualTo(json.getJsonNumber("objective").doubleValue());
        assertThat(json.getJsonArray("baselines")).extracting(b -> b.asJsonObject().getString("name")).containsExactly(
                "nearest hospital with capacity", "greedy nearest available unit", "nearest hospital, national dispatch");
    }

    @Test
    void aUnitsHomeRegionIsOptionalAndMustBeACountyCode() throws IOException {
        assertThat(ScenarioJson.read(new StringReader(scenario(group("2"), UNIT, null))).units().get(0).homeRegion()).isNull();
        String own = UNIT.replace("\"id\":\"u\",", "\"id\":\"u\",\"homeRegion\":\"23\",");
        assertThat(ScenarioJson.read(new StringReader(scenario(group("2"), own, null))).units().get(0).homeRegion()).isEqualTo("23");
        assertThat(fieldsOf(scenario(group("2"), own.replace("\"23\"", "\"99\""), null))).containsExactly("units[0].homeRegion");
        assertThat(fieldsOf(scenario(group("2"), own.replace("\"23\"", "23"), null))).containsExactly("units[0].homeRegion");
        // The example: the Jämtland units are the region's own, the national air ambulance (KSA) is nobody's.
        assertThat(example().units()).extracting(u -> u.id() + "=" + u.homeRegion())
                .contains("jh-amb-1=23", "norr-heli=23", "ksa-umea=null");
    }

    private static List<String> fieldsOf(String json) {
        try {
            ScenarioJson.read(new StringReader(json));
        } catch (InvalidPlanningInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("accepted: " + json);
    }

    private static final String HOSPITAL = "{\"id\":\"h\",\"latitude\":63.18,\"longitude\":14.64,\"region\":\"23\",\"beds\":{\"TRAUMA\":{\"available\":2}}}";
    private static final String UNIT = "{\"id\":\"u\",\"mode\":\"ROAD_AMBULANCE\",\"latitude\":63.18,\"longitude\":14.64,\"lyingPlaces\":1,\"seatedPlaces\":2,\"careLevel\":\"ADVANCED\"}";

    private static String scenario(String group, String unit, String policy) {
        return "{\"start\":\"2026-11-25T14:00:00Z\"," + (policy == null ? "" : "\"policy\":" + policy + ",")
                + "\"casualtyGroups\":[" + group + "],\"hospitals\":[" + HOSPITAL + "],\"units\":[" + unit + "]}";
    }

    private static String group(String count) {
        return "{\"id\":\"g\",\"latitude\":63.25,\"longitude\":14.2,\"region\":\"23\",\"count\":" + count
                + ",\"triage\":\"P1\",\"careNeed\":\"TRAUMA\",\"lying\":true}";
    }

    @Test
    void badCountsAreNamedByField() {
        assertThat(fieldsOf(scenario(group("-3"), UNIT, null))).containsExactly("casualtyGroups[0].count");
        assertThat(fieldsOf(scenario(group("2000000"), UNIT, null))).containsExactly("casualtyGroups[0].count");
        assertThat(fieldsOf(scenario(group("99999999999999"), UNIT, null))).containsExactly("casualtyGroups[0].count");
        assertThat(fieldsOf(scenario(group("1.5"), UNIT, null))).containsExactly("casualtyGroups[0].count");
    }

    @Test
    void aUnitFarOutsideSwedenIsAFieldError() {
        String berlin = UNIT.replace("63.18", "52.52").replace("14.64", "13.40");
        assertThat(fieldsOf(scenario(group("2"), berlin, null))).containsExactly("units[0].position");
    }

    @Test
    void p1FirstIsOnUnlessThePolicySaysOtherwiseAndTheP1BoundIsWritten() throws IOException {
        assertThat(ScenarioJson.read(new StringReader(scenario(group("2"), UNIT, null))).policy().p1First()).isTrue();
        assertThat(ScenarioJson.read(new StringReader(scenario(group("2"), UNIT, "{\"p1First\":false}"))).policy().p1First()).isFalse();
        assertThat(fieldsOf(scenario(group("2"), UNIT, "{\"p1First\":\"yes\"}"))).containsExactly("policy.p1First");

        PlanningProblem problem = example();
        Plan plan = Plans.planAndValidate(problem, EstimatedTravelTimes.withDefaults());
        JsonObject p1 = PlanJson.toJson(problem, plan, List.of()).getJsonObject("bound").getJsonObject("p1");
        assertThat(p1.getJsonNumber("value").doubleValue()).isLessThanOrEqualTo(p1.getJsonNumber("planValue").doubleValue() + 1e-6);
    }

    @Test
    void contradictoryPolicyWeightsAreRejected() {
        assertThat(fieldsOf(scenario(group("2"), UNIT, "{\"weights\":{\"P1\":1,\"P2\":3,\"P3\":10}}")))
                .containsExactly("policy.weights");
        assertThat(fieldsOf(scenario(group("2"), UNIT, "{\"outsideRegionPenalty\":90,\"outsideHealthcareRegionPenalty\":10}")))
                .containsExactly("policy.outsideHealthcareRegionPenalty");
    }

    @Test
    void missingAndMistypedFieldsAreAllReportedAtOnce() {
        String g = "{\"id\":\"g\",\"latitude\":63.25,\"region\":\"23\",\"count\":2,\"triage\":\"RED\",\"careNeed\":\"TRAUMA\",\"lying\":\"yes\"}";
        assertThat(fieldsOf(scenario(g, UNIT.replace("ROAD_AMBULANCE", "ROCKET"), null)))
                .containsExactlyInAnyOrder("casualtyGroups[0].longitude", "casualtyGroups[0].triage", "casualtyGroups[0].lying",
                        "units[0].mode");
        assertThatThrownBy(() -> ScenarioJson.read(new StringReader("{not json")))
                .isInstanceOf(InvalidPlanningInputException.class).hasMessageContaining("not valid JSON");
    }
}
