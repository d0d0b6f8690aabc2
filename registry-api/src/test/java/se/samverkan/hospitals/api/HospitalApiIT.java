package se.samverkan.hospitals.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Http;
import se.samverkan.testing.SamverkanDeployment;

/**
 * Hospitals and capacity end to end: the shipped WAR on Payara Micro, the real PostGIS database and real
 * tokens of the demo realm's users (viewer, editor-jamtland, editor-skane, coordinator, reporter-ostersund).
 * Each test works on its own hospitals so they do not disturb one another; "nothing stored" is checked on
 * the hospital's history.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HospitalApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    // ---------------------------------------------------------------- reading

    @Test
    void listsTheEmergencyHospitalsToEverySignedInRoleAndNobodyElse() {
        JsonArray all = Http.array(Http.expect(send("GET", "hospitals", "viewer", null, null), 200, "application/json"));
        assertThat(all.size()).isBetween(60, 90);
        JsonObject ostersund = all.getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("code").equals("SE-23-OSTERSUND")).findFirst().orElseThrow();
        assertThat(ostersund.getString("region")).isEqualTo("23");
        assertThat(ostersund.getJsonObject("location").getString("type")).isEqualTo("Point");
        assertThat(ostersund.getBoolean("reference")).isTrue();
        assertThat(ostersund).containsKey("stale");

        JsonArray jamtland = Http.array(send("GET", "hospitals?region=23", "planner", null, null));
        assertThat(jamtland.getValuesAs(JsonObject.class)).allSatisfy(h -> assertThat(h.getString("region")).isEqualTo("23"));

        assertThat(send("GET", "hospitals", null, null, null).statusCode()).isEqualTo(401);
        assertThat(Http.problem(send("GET", "hospitals?category=SPACESHIP", "viewer", null, null), 400)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("category");
        assertThat(Http.problem(send("GET", "hospitals/SE-99-NOWHERE", "viewer", null, null), 404).getString("title"))
                .isEqualTo("Unknown hospital");
    }

    // ---------------------------------------------------------------- reporting

    @Test
    void aHospitalReporterReportsAllCategoriesInOneCallAndEveryoneSeesIt() {
        // Now, so no report of another test is newer: the current report is the latest by reportedAt.
        String at = Instant.now().toString();
        HttpResponse<String> stored = report("SE-23-OSTERSUND", "reporter-ostersund", """
                {"reportedAt": "%s", "emergencyDepartment": "ADVISORY", "emergencyDepartmentReason": "bus accident",
                 "facilityState": "NORMAL",
                 "beds": {"ICU_ADULT": {"available": 2, "baseline": 8, "additional24h": 2, "additional72h": 4},
                          "MAJOR_TRAUMA": {"available": 1, "baseline": 2},
                          "GENERAL_WARD": {"available": 12, "baseline": 40, "additional24h": 5, "additional72h": 10}}}"""
                .formatted(at));

        JsonObject report = Http.object(Http.expect(stored, 201, "application/json"));
        assertThat(report.getString("source")).isEqualTo("API");
        assertThat(report.getString("reporter")).contains("reporter-ostersund");
        assertThat(report.getBoolean("stale")).isFalse();

        JsonObject hospital = Http.object(send("GET", "hospitals/SE-23-OSTERSUND", "viewer", null, null));
        JsonObject capacity = hospital.getJsonObject("capacity");
        assertThat(capacity.getJsonNumber("reportId").longValue()).isEqualTo(report.getJsonNumber("reportId").longValue());
        assertThat(capacity.getString("emergencyDepartment")).isEqualTo("ADVISORY");
        assertThat(capacity.getJsonObject("beds").getJsonObject("ICU_ADULT").getInt("additional72h")).isEqualTo(4);
        assertThat(hospital.getBoolean("stale")).isFalse();

        JsonArray withIcu = Http.array(send("GET", "hospitals?category=ICU_ADULT&stale=false", "viewer", null, null));
        assertThat(codes(withIcu)).contains("SE-23-OSTERSUND");

        JsonArray history = Http.array(send("GET", "hospitals/SE-23-OSTERSUND/capacity/history", "viewer", null, null));
        assertThat(history.getJsonObject(0).getJsonNumber("reportId").longValue())
                .isEqualTo(report.getJsonNumber("reportId").longValue());
    }

    @Test
    void everyReportIsKeptSoTheTrendShows() {
        int before = historySize("SE-20-MORA");
        for (int available : new int[] {6, 4, 1}) {
            Http.expect(report("SE-20-MORA", "coordinator", icuReport(Instant.now().minusSeconds(10 * available), available)),
                    201, "application/json");
        }
        JsonArray history = Http.array(send("GET", "hospitals/SE-20-MORA/capacity/history", "viewer", null, null));
        assertThat(history.size()).isEqualTo(before + 3);
        // Newest first: the trend reads 1, 4, 6 backwards in time.
        assertThat(history.getValuesAs(JsonObject.class).subList(0, 3).stream()
                .map(r -> r.getJsonObject("beds").getJsonObject("ICU_ADULT").getInt("available")).toList())
                .containsExactly(1, 4, 6);
    }

    @Test
    void capacityOlderThanTheConfiguredAgeIsFlaggedStaleEverywhere() {
        Http.expect(report("SE-25-KIRUNA", "coordinator", icuReport(Instant.now().minus(Duration.ofHours(5)), 3)),
                201, "application/json");

        JsonObject kiruna = Http.object(send("GET", "hospitals/SE-25-KIRUNA", "viewer", null, null));
        assertThat(kiruna.getBoolean("stale")).isTrue();
        assertThat(kiruna.getJsonObject("capacity").getBoolean("stale")).isTrue();
        assertThat(codes(Http.array(send("GET", "hospitals?stale=true", "viewer", null, null)))).contains("SE-25-KIRUNA");
        assertThat(codes(Http.array(send("GET", "hospitals?stale=false", "viewer", null, null)))).doesNotContain("SE-25-KIRUNA");

        JsonObject norrbotten = Http.object(send("GET", "hospitals/summary/25", "viewer", null, null));
        assertThat(norrbotten.getInt("stale")).isGreaterThanOrEqualTo(1);
        JsonObject icu = norrbotten.getJsonObject("categories").getJsonObject("ICU_ADULT");
        assertThat(icu.getInt("stale")).isGreaterThanOrEqualTo(1);
        assertThat(icu.getJsonNumber("available").longValue() - icu.getJsonNumber("availableFresh").longValue())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void nationalAndRegionalSummariesAddUp() {
        Http.expect(report("SE-12-LUND", "editor-skane", icuReport(Instant.now().minusSeconds(5), 7)), 201, "application/json");

        JsonObject national = Http.object(Http.expect(send("GET", "hospitals/summary", "viewer", null, null), 200,
                "application/json"));
        assertThat(national.getString("scope")).isEqualTo("SE");
        assertThat(national.getInt("hospitals")).isEqualTo(national.getInt("reporting") + national.getInt("unreported"));
        long regionalIcu = national.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                .mapToLong(r -> r.getJsonObject("categories").getJsonObject("ICU_ADULT").getJsonNumber("available").longValue())
                .sum();
        assertThat(national.getJsonObject("categories").getJsonObject("ICU_ADULT").getJsonNumber("available").longValue())
                .isEqualTo(regionalIcu).isGreaterThanOrEqualTo(7);
        assertThat(national.getJsonObject("categories").keySet()).contains("MAJOR_TRAUMA", "BURNS", "PSYCHIATRIC");
        assertThat(national.getJsonNumber("staleAfterMinutes").longValue()).isEqualTo(240);
    }

    @Test
    void findsHospitalsWithFreeBedsOfACategoryWithinATravelTimeFastestFirst() {
        String at = Instant.now().toString();
        for (String[] r : new String[][] {{"SE-23-OSTERSUND", "1"}, {"SE-22-ORNSKOLDSVIK", "2"}, {"SE-24-SKELLEFTEA", "0"}}) {
            Http.expect(report(r[0], "coordinator", """
                    {"reportedAt": "%s", "emergencyDepartment": "NORMAL",
                     "beds": {"ICU_PAEDIATRIC": {"available": %s, "baseline": 4}}}""".formatted(at, r[1])),
                    201, "application/json");
        }
        String scene = "hospitals/reachable?lat=63.18&lon=14.64&category=ICU_PAEDIATRIC";

        JsonArray near = Http.array(Http.expect(send("GET", scene + "&minutes=60", "viewer", null, null), 200,
                "application/json"));
        assertThat(reachableCodes(near)).startsWith("SE-23-OSTERSUND").doesNotContain("SE-22-ORNSKOLDSVIK", "SE-24-SKELLEFTEA");

        JsonArray far = Http.array(send("GET", scene + "&minutes=1440", "viewer", null, null));
        assertThat(reachableCodes(far)).contains("SE-23-OSTERSUND", "SE-22-ORNSKOLDSVIK").doesNotContain("SE-24-SKELLEFTEA");
        List<Double> minutes = far.getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("minutes").doubleValue()).toList();
        assertThat(minutes).isSorted().allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(1440));
        assertThat(far.getValuesAs(JsonObject.class)).allSatisfy(r -> assertThat(r.getJsonObject("hospital")
                .getJsonObject("capacity").getJsonObject("beds").getJsonObject("ICU_PAEDIATRIC").getInt("available"))
                .isPositive());
        assertThat(far.getJsonObject(0).getString("mode")).isEqualTo("ROAD_AMBULANCE");

        JsonArray byHelicopter = Http.array(send("GET", scene + "&minutes=1440&mode=HELICOPTER", "viewer", null, null));
        assertThat(byHelicopter.getJsonObject(0).getString("mode")).isEqualTo("HELICOPTER");

        Map<String, String> errors = fieldErrors(send("GET", "hospitals/reachable?lat=91&category=ICU&minutes=0",
                "viewer", null, null));
        assertThat(errors).containsKeys("lat", "lon", "category", "minutes");
    }

    // ---------------------------------------------------------------- who may report

    @Test
    void reportsOutsideTheCallersRegionOrHospitalAreForbiddenAndNothingIsStored() {
        int before = historySize("SE-23-OSTERSUND");
        String body = icuReport(Instant.now(), 1);

        assertThat(Http.problem(report("SE-23-OSTERSUND", "editor-skane", body), 403).getString("detail")).contains("23");
        assertThat(Http.problem(report("SE-23-OSTERSUND", "viewer", body), 403).getString("type"))
                .isEqualTo("/problems/forbidden");
        assertThat(Http.problem(report("SE-24-UMEA", "reporter-ostersund", body), 403).getString("detail"))
                .contains("SE-23-OSTERSUND");
        assertThat(report("SE-23-OSTERSUND", null, body).statusCode()).isEqualTo(401);

        assertThat(historySize("SE-23-OSTERSUND")).isEqualTo(before);
        Http.expect(report("SE-23-OSTERSUND", "editor-jamtland", body), 201, "application/json");
        assertThat(historySize("SE-23-OSTERSUND")).isEqualTo(before + 1);
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badCountsAndUnknownCategoriesAreRefusedFieldByFieldAndNothingIsStored() {
        int before = historySize("SE-22-SUNDSVALL");
        String now = Instant.now().toString();

        Map<String, String> errors = fieldErrors(report("SE-22-SUNDSVALL", "coordinator", """
                {"reportedAt": "%s", "emergencyDepartment": "NORMAL",
                 "beds": {"ICU_ADULT": {"available": -1, "baseline": 4},
                          "BURNS": {"available": 1.5, "baseline": 2},
                          "HEART_TRANSPLANT": {"available": 1, "baseline": 1},
                          "PAEDIATRIC": {"available": 30, "baseline": 10, "additional24h": 2, "additional72h": 5}}}"""
                .formatted(now)));
        assertThat(errors).containsOnlyKeys("beds.ICU_ADULT.available", "beds.BURNS.available", "beds.HEART_TRANSPLANT",
                "beds.PAEDIATRIC.available");
        assertThat(errors.get("beds.BURNS.available")).contains("whole number");
        assertThat(errors.get("beds.PAEDIATRIC.available")).contains("overCapacityReason");

        assertThat(fieldErrors(report("SE-22-SUNDSVALL", "coordinator", icuReport(Instant.now().plus(Duration.ofHours(1)), 1))))
                .containsOnlyKeys("reportedAt");
        assertThat(fieldErrors(report("SE-22-SUNDSVALL", "coordinator", "{\"beds\": 3}")))
                .containsKeys("reportedAt", "emergencyDepartment", "beds");

        assertThat(historySize("SE-22-SUNDSVALL")).isEqualTo(before);

        // A clock a minute fast is tolerated, and a field ward beyond baseline is fine once explained.
        Http.expect(report("SE-22-SUNDSVALL", "coordinator", """
                {"reportedAt": "%s", "emergencyDepartment": "NORMAL",
                 "beds": {"PAEDIATRIC": {"available": 30, "baseline": 10, "overCapacityReason": "field ward opened"}}}"""
                .formatted(Instant.now().plusSeconds(60))), 201, "application/json");
        assertThat(historySize("SE-22-SUNDSVALL")).isEqualTo(before + 1);
    }

    // ---------------------------------------------------------------- receiving facilities

    @Test
    void receivingFacilitiesAreAddedChangedAndRemovedWithOptimisticLocking() {
        String code = "SE-23-FALT" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
        String body = """
                {"code": "%s", "name": "Fältsjukhus Frösön", "location": {"type": "Point", "coordinates": [14.58, 63.19]},
                 "helipad": true, "nearestAirport": "ESNZ"}""".formatted(code);

        assertThat(send("POST", "hospitals", "editor-skane", "application/json", body).statusCode()).isEqualTo(403);
        HttpResponse<String> created = Http.expect(send("POST", "hospitals", "editor-jamtland", "application/json", body),
                201, "application/json");
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(Http.object(created).getBoolean("reference")).isFalse();
        assertThat(send("POST", "hospitals", "editor-jamtland", "application/json", body).statusCode()).isEqualTo(409);

        String change = "{\"name\": \"Fältsjukhus Frösön II\", \"location\": {\"type\": \"Point\", \"coordinates\": [14.58, 63.19]}}";
        assertThat(Http.problem(send("PUT", "hospitals/" + code, "editor-jamtland", "application/json", change), 428)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("If-Match");
        HttpResponse<String> changed = send("PUT", "hospitals/" + code, "editor-jamtland", "application/json", change,
                "If-Match", etag);
        assertThat(Http.object(Http.expect(changed, 200, "application/json")).getString("name")).isEqualTo("Fältsjukhus Frösön II");
        // The old ETag is stale now: a second writer who read before the change is refused.
        assertThat(Http.problem(send("PUT", "hospitals/" + code, "coordinator", "application/json", change,
                "If-Match", etag), 412).getString("type")).isEqualTo("/problems/stale-version");

        assertThat(send("PUT", "hospitals/SE-23-OSTERSUND", "coordinator", "application/json", change, "If-Match", "\"v0\"")
                .statusCode()).isEqualTo(403);
        assertThat(Http.problem(send("POST", "hospitals", "coordinator", "application/json",
                "{\"code\": \"se-23\", \"name\": \"\", \"location\": {\"type\": \"Point\", \"coordinates\": [63.2, 14.6]}}"), 400)
                .getJsonArray("errors")).isNotEmpty();

        String newTag = changed.headers().firstValue("ETag").orElseThrow();
        assertThat(send("DELETE", "hospitals/" + code, "editor-jamtland", null, null, "If-Match", newTag).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "hospitals/" + code, "viewer", null, null).statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- EDXL-HAVE

    @Test
    void oneHospitalsReportRoundTripsThroughEdxlHaveUnchanged() {
        Http.expect(report("SE-03-UPPSALA", "coordinator", """
                {"reportedAt": "%s", "emergencyDepartment": "NORMAL", "facilityState": "COMPROMISED", "comment": "reserve power",
                 "beds": {"BURNS": {"available": 3, "baseline": 6, "additional24h": 1, "additional72h": 2},
                          "NEUROSURGERY": {"available": 1, "baseline": 4},
                          "ICU_NEONATAL": {"available": 2, "baseline": 12, "additional24h": 0, "additional72h": 1}}}"""
                .formatted(Instant.now().minusSeconds(120))), 201, "application/json");
        HttpResponse<String> exported = Http.expect(send("GET", "hospitals/SE-03-UPPSALA/have", "viewer", null, null),
                200, "application/xml");
        assertThat(exported.body()).contains("urn:oasis:names:tc:emergency:EDXL:HAVE:1.0").contains("<BedType>Burn</BedType>");
        int before = historySize("SE-03-UPPSALA");

        HttpResponse<String> imported = send("POST", "hospitals/have", "coordinator", "application/xml", exported.body());
        JsonArray stored = Http.array(Http.expect(imported, 200, "application/json"));
        assertThat(stored).hasSize(1);
        assertThat(stored.getJsonObject(0).getString("source")).isEqualTo("EDXL_HAVE");
        assertThat(historySize("SE-03-UPPSALA")).isEqualTo(before + 1);

        assertThat(send("GET", "hospitals/SE-03-UPPSALA/have", "viewer", null, null).body()).isEqualTo(exported.body());
    }

    @Test
    void hostileOrInvalidEdxlHaveIsRefusedWithAReasonAndChangesNothing() {
        Http.expect(report("SE-05-LINKOPING", "coordinator", icuReport(Instant.now().minusSeconds(60), 4)), 201, "application/json");
        String valid = send("GET", "hospitals/SE-05-LINKOPING/have", "viewer", null, null).body();
        int before = historySize("SE-05-LINKOPING");

        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE HospitalStatus [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <HospitalStatus xmlns="urn:oasis:names:tc:emergency:EDXL:HAVE:1.0">&secret;</HospitalStatus>""";
        JsonObject problem = Http.problem(send("POST", "hospitals/have", "coordinator", "application/xml", xxe), 400);
        assertThat(problem.getString("type")).isEqualTo("/problems/invalid-edxl-have");
        assertThat(problem.getString("detail")).contains("DOCTYPE").doesNotContain("root:x:0:0");

        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><HospitalStatus xmlns=\"urn:oasis:names:tc:emergency:EDXL:HAVE:1.0\">&l9;</HospitalStatus>");
        assertThat(Http.problem(send("POST", "hospitals/have", "coordinator", "application/xml", laughs.toString()), 400)
                .getString("detail")).contains("DOCTYPE");

        assertThat(Http.problem(send("POST", "hospitals/have", "coordinator", "application/xml",
                valid.replace("urn:oasis:names:tc:emergency:EDXL:HAVE:1.0", "urn:example:have")), 400)
                .getString("detail")).contains("namespace urn:oasis:names:tc:emergency:EDXL:HAVE:1.0");
        assertThat(Http.problem(send("POST", "hospitals/have", "coordinator", "application/xml",
                valid.replaceFirst("<BaselineCount>[0-9]+</BaselineCount>", "")), 400)
                .getString("detail")).contains("BaselineCount");
        // Rights as in JSON: a reporter of Östersund cannot import Linköping's status.
        assertThat(send("POST", "hospitals/have", "reporter-ostersund", "application/xml", valid).statusCode()).isEqualTo(403);

        assertThat(historySize("SE-05-LINKOPING")).isEqualTo(before);
    }

    // ---------------------------------------------------------------- live events

    @Test
    void subscribersReceiveACapacityChangeWithinOneSecond() throws Exception {
        try (CapacityEventStream events = CapacityEventStream.open(api("hospitals/events"), "viewer")) {
            // Warm the path once, so the measured event is not the JIT's first run.
            Http.expect(report("SE-24-UMEA", "coordinator", icuReport(Instant.now().minusSeconds(20), 5)), 201, "application/json");
            events.awaitEventOf("SE-24-UMEA", 10_000);

            long start = System.nanoTime();
            HttpResponse<String> stored = report("SE-24-UMEA", "coordinator", icuReport(Instant.now().minusSeconds(10), 6));
            String data = events.awaitEventOf("SE-24-UMEA", 5_000);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(stored.statusCode()).isEqualTo(201);
            assertThat(data).contains("\"available\":6");
            assertThat(millis).as("report stored and event received, ms").isLessThan(1000);
            System.out.printf("capacity event received %d ms after the report was sent%n", millis);
        }
    }

    // ---------------------------------------------------------------- helpers

    static String icuReport(Instant reportedAt, int available) {
        return """
                {"reportedAt": "%s", "emergencyDepartment": "NORMAL",
                 "beds": {"ICU_ADULT": {"available": %d, "baseline": 10, "additional24h": 2, "additional72h": 4}}}"""
                .formatted(reportedAt, available);
    }

    private HttpResponse<String> report(String hospital, String user, String body) {
        return send("PUT", "hospitals/" + hospital + "/capacity", user, "application/json", body);
    }

    private int historySize(String hospital) {
        return Http.array(Http.expect(send("GET", "hospitals/" + hospital + "/capacity/history?limit=5000", "viewer",
                null, null), 200, "application/json")).size();
    }

    private static List<String> codes(JsonArray hospitals) {
        return hospitals.getValuesAs(JsonObject.class).stream().map(h -> h.getString("code")).toList();
    }

    private static List<String> reachableCodes(JsonArray found) {
        return found.getValuesAs(JsonObject.class).stream().map(r -> r.getJsonObject("hospital").getString("code")).toList();
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        return Http.problem(response, 400).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("reason")));
    }

    private URI api(String path) {
        return URI.create(base.toString()).resolve("api/" + path);
    }

    private HttpResponse<String> send(String method, String path, String user, String type, String body, String... headers) {
        return send(api(path), method, user, type, body, headers);
    }

    static HttpResponse<String> send(URI uri, String method, String user, String type, String body, String... headers) {
        return Http.sendAs(user, method, uri, type, body, headers);
    }
}
