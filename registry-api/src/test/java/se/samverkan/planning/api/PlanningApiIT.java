package se.samverkan.planning.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.planning.PlanRequest;
import se.samverkan.testing.Http;
import se.samverkan.testing.SamverkanDeployment;
import se.samverkan.testing.Tokens;

/**
 * Incidents and plans through the REST API: the shipped WAR on Payara Micro, real PostGIS, real Keycloak
 * tokens. Each test seeds its own small registry in Norrbotten (units at Gällivare, capacity reports for
 * Gällivare and Sunderby, an incident east of Gällivare; call signs and names carry a run id), plans it,
 * and checks the plan the service validated with the planner's own validator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningApiIT {

    private static final String NORRBOTTEN = "25";
    private static final double SITE_LAT = 67.10;
    private static final double SITE_LON = 20.80;
    private static final double GALLIVARE_LAT = 67.135;
    private static final double GALLIVARE_LON = 20.665;

    @ArquillianResource
    URL base;

    private String run;
    private final List<String> openIncidents = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    @BeforeEach
    void newRunId() {
        run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    @AfterEach
    void closeIncidents() {
        for (String id : openIncidents) {
            HttpResponse<String> now = get("viewer", "api/incidents/" + id);
            if (now.statusCode() == 200 && "OPEN".equals(Http.object(now).getString("status"))) {
                send("coordinator", "POST", "api/incidents/" + id + "/close", null, "If-Match", etag(now));
            }
        }
        openIncidents.clear();
    }

    // --- incidents ------------------------------------------------------------------------------------

    @Test
    void theNationalCellRecordsRevisesAndClosesAnIncidentGuardedByItsVersion() {
        HttpResponse<String> created = send("coordinator", "POST", "api/incidents", incident("Bussolycka E10 " + run, 2, 3, 8));
        JsonObject incident = Http.object(Http.expect(created, 201, "application/json"));
        String id = incident.getString("id");
        openIncidents.add(id);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/incidents/" + id));
        assertThat(created.headers().firstValue("ETag")).contains("\"v1\"");
        assertThat(incident.getString("region")).isEqualTo(NORRBOTTEN);
        assertThat(incident.getString("regionSource")).isEqualTo("LOCATED");
        assertThat(incident.getInt("patients")).isEqualTo(13);
        assertThat(incident.getJsonObject("perTriage").getInt("P1")).isEqualTo(2);
        assertThat(incident.getString("status")).isEqualTo("OPEN");

        JsonObject read = Http.object(Http.expect(get("viewer", "api/incidents/" + id), 200, "application/json"));
        assertThat(read.getString("name")).isEqualTo("Bussolycka E10 " + run);

        HttpResponse<String> revised = send("coordinator", "PUT", "api/incidents/" + id, incident("Bussolycka E10 " + run, 4, 3, 8),
                "If-Match", "\"v1\"");
        JsonObject v2 = Http.object(Http.expect(revised, 200, "application/json"));
        assertThat(revised.headers().firstValue("ETag")).contains("\"v2\"");
        assertThat(v2.getInt("patients")).isEqualTo(15);

        JsonObject stale = Http.problem(send("coordinator", "PUT", "api/incidents/" + id,
                incident("x " + run, 9, 9, 9), "If-Match", "\"v1\""), 412);
        assertThat(stale.getString("type")).isEqualTo("/problems/stale-version");
        JsonObject missing = Http.problem(send("coordinator", "PUT", "api/incidents/" + id, incident("x " + run, 9, 9, 9)), 428);
        assertThat(missing.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("If-Match");
        assertThat(Http.object(get("viewer", "api/incidents/" + id)).getInt("patients")).isEqualTo(15);

        JsonObject closed = Http.object(Http.expect(send("coordinator", "POST", "api/incidents/" + id + "/close", null,
                "If-Match", "\"v2\""), 200, "application/json"));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("closedBy")).contains("coordinator");
        Http.problem(send("coordinator", "PUT", "api/incidents/" + id, incident("x " + run, 1, 1, 1), "If-Match", "\"v3\""), 409);

        JsonArray history = Http.array(Http.expect(get("viewer", "api/incidents/" + id + "/history"), 200, "application/json"));
        assertThat(history.getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")))
                .containsExactly("CREATE", "UPDATE", "CLOSE");
        assertThat(history.getJsonObject(1).getJsonObject("before").getInt("patients")).isEqualTo(13);
        assertThat(history.getJsonObject(1).getJsonObject("after").getInt("patients")).isEqualTo(15);
        assertThat(history.getJsonObject(1).getString("actor")).contains("coordinator");

        assertThat(ids(Http.array(get("viewer", "api/incidents?status=CLOSED&limit=500")))).contains(id);
        assertThat(ids(Http.array(get("viewer", "api/incidents?status=OPEN&limit=500")))).doesNotContain(id);
    }

    @Test
    void badIncidentInputIsRefusedNamingEveryField() {
        JsonObject problem = Http.problem(send("coordinator", "POST", "api/incidents", """
                {"name": "", "location": {"latitude": 52.52, "longitude": 13.40}, "region": "99", "speed": 3,
                 "casualties": [{"triage": "P1", "careNeed": "TRAUMA", "lying": true, "count": -2},
                                {"triage": "P2", "careNeed": "BURNS", "lying": "no", "count": 5000000},
                                {"triage": "P7", "careNeed": "GENERAL", "lying": false, "count": 1.5}]}"""), 400);
        assertThat(problem.getString("type")).isEqualTo("/problems/invalid-input");
        assertThat(fields(problem)).containsExactlyInAnyOrder("name", "location", "region", "speed",
                "casualties[0].count", "casualties[1].lying", "casualties[1].count", "casualties[2].triage",
                "casualties[2].count");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals("location")).findFirst().orElseThrow().getString("reason"))
                .contains("far outside Sweden");
        Http.problem(send("coordinator", "POST", "api/incidents", "[1, 2]"), 400);
    }

    @Test
    void everyoneSignedInReadsButOnlyTheNationalCellWrites() {
        String id = createIncident(1, 0, 2);
        for (String user : List.of("viewer", "editor-jamtland", "planner", "liaison", "reporter-ostersund")) {
            Http.expect(get(user, "api/incidents/" + id), 200, "application/json");
            Http.expect(get(user, "api/plans?limit=5"), 200, "application/json");
            Http.problem(send(user, "POST", "api/incidents", incident("no " + run, 1, 1, 1)), 403);
            Http.problem(send(user, "PUT", "api/incidents/" + id, incident("no " + run, 1, 1, 1), "If-Match", "\"v1\""), 403);
            Http.problem(send(user, "POST", "api/incidents/" + id + "/close", null, "If-Match", "\"v1\""), 403);
            Http.problem(send(user, "POST", "api/plans", "{\"incidentIds\": [\"" + id + "\"]}"), 403);
        }
        Http.problem(Http.get(at("api/incidents")), 401);
        Http.problem(Http.get(at("api/plans")), 401);
        HttpResponse<String> openapi = Http.get(URI.create(base.toString()).resolve("/openapi"), "Accept", "application/json");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("plans/{id}/accept", "incidents/{id}/close", "plans/{id}/replan");
        assertThat(Http.object(get("viewer", "api/incidents/" + id)).getJsonNumber("version").longValue()).isEqualTo(1);
    }

    // --- plans ----------------------------------------------------------------------------------------

    @Test
    void aPlanFromTheLiveRegistryIsValidExplainedAndLeavesHiddenMilitaryUnitsOut() throws Exception {
        Seed seed = seed();
        String military = militaryUnitAtTheSite();
        String incident = createIncident(2, 3, 6);

        HttpResponse<String> accepted = send("coordinator", "POST", "api/plans",
                "{\"incidentIds\": [\"" + incident + "\"], \"timeLimitSeconds\": 1}");
        JsonObject queued = Http.object(Http.expect(accepted, 202, "application/json"));
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/plans/" + queued.getString("id"));
        assertThat(queued.getString("status")).isIn("QUEUED", "RUNNING", "SUCCEEDED");

        JsonObject done = awaitPlan(queued.getString("id"));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.getJsonObject("progress").getJsonNumber("fraction").doubleValue()).isEqualTo(1.0);
        JsonObject plan = done.getJsonObject("plan");
        // The service ran the planner's independent validator on the plan it made.
        assertThat(plan.getJsonObject("validation").getBoolean("valid")).as(plan.getJsonObject("validation").toString()).isTrue();
        assertThat(plan.getJsonObject("validation").getJsonArray("violations")).isEmpty();
        assertThat(plan.containsKey("bound")).isTrue();
        // The two baselines (uncoordinated: the incident region's own units first) and the national comparison.
        assertThat(plan.getJsonArray("baselines").getValuesAs(JsonObject.class).stream().map(b -> b.getString("name")))
                .containsExactly("nearest hospital with capacity", "greedy nearest available unit", "nearest hospital, national dispatch");
        assertThat(plan.getJsonArray("baselines").getValuesAs(JsonObject.class))
                .allSatisfy(b -> assertThat(b.getJsonObject("figures").getInt("served") + b.getJsonObject("figures").getInt("unserved"))
                        .isEqualTo(11));

        // Every patient is in an assignment or unserved with a reason.
        int assigned = plan.getJsonArray("assignments").getValuesAs(JsonObject.class).stream().mapToInt(a -> a.getInt("count")).sum();
        int unserved = plan.getJsonArray("unserved").getValuesAs(JsonObject.class).stream().mapToInt(u -> u.getInt("count")).sum();
        assertThat(assigned + unserved).isEqualTo(11);
        assertThat(assigned).isPositive();
        for (JsonObject a : plan.getJsonArray("assignments").getValuesAs(JsonObject.class)) {
            assertThat(a.getString("incidentId")).isEqualTo(incident);
            assertThat(a.getJsonObject("hospital").getString("name")).isNotBlank();
            assertThat(a.getJsonObject("unit").getString("callSign")).isNotBlank();
            JsonObject why = a.getJsonObject("explanation");
            assertThat(why.getString("summary")).contains(a.getJsonObject("hospital").getString("name"));
            JsonArray hospitals = why.getJsonArray("hospitals");
            assertThat(hospitals.getJsonObject(0).getBoolean("chosen")).isTrue();
            assertThat(hospitals.getJsonObject(0).getString("code")).isEqualTo(a.getJsonObject("hospital").getString("code"));
            assertThat(why.getJsonArray("units").getJsonObject(0).getString("id")).isEqualTo(a.getJsonObject("unit").getString("id"));
            assertThat(hospitals.size()).isGreaterThan(1);
            hospitals.getValuesAs(JsonObject.class).forEach(h -> assertThat(h.getString("why")).isNotBlank());
            why.getJsonArray("units").getValuesAs(JsonObject.class).forEach(u -> assertThat(u.getString("why")).isNotBlank());
        }
        // The nearest trauma beds are at Gällivare, and our own ambulances there do the first trips.
        assertThat(plan.getJsonArray("units").getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")))
                .containsAnyElementsOf(seed.units());
        assertThat(plan.getJsonArray("hospitals").getValuesAs(JsonObject.class).stream().map(h -> h.getString("code")))
                .contains("SE-25-GALLIVARE", "SE-25-SUNDERBY");

        // The military unit at the site is not visible to the national cell in peacetime: not in the plan, not named.
        String all = get("coordinator", "api/plans/" + done.getString("id")).body();
        String scenario = get("coordinator", "api/plans/" + done.getString("id") + "/scenario").body();
        for (String body : List.of(all, scenario)) {
            assertThat(body).doesNotContain(military).doesNotContain("MIL " + run);
        }
        assertThat(done.getJsonObject("input").getInt("units")).isGreaterThanOrEqualTo(seed.units().size());

        // The stored input is a scenario the planner's own reader accepts (./samverkan plan).
        JsonObject sc = Http.parseObject(scenario);
        assertThat(sc.getJsonArray("casualtyGroups")).hasSize(3);
        assertThat(sc.getJsonArray("units").getValuesAs(JsonObject.class).stream().map(u -> u.getString("id"))).containsAll(seed.units());
        // Each unit carries its registry home region: the regional baselines decide with it whose own unit it is.
        assertThat(sc.getJsonArray("units").getValuesAs(JsonObject.class).stream().filter(u -> seed.units().contains(u.getString("id")))
                .map(u -> u.getString("homeRegion"))).containsOnly(NORRBOTTEN);
        assertThat(sc.getJsonArray("casualtyGroups").getValuesAs(JsonObject.class)).allSatisfy(g -> assertThat(g.getString("region")).isEqualTo(NORRBOTTEN));

        // Everyone signed in may read it; the list shows it without its body.
        Http.expect(get("viewer", "api/plans/" + done.getString("id")), 200, "application/json");
        JsonArray list = Http.array(get("viewer", "api/plans?limit=200"));
        assertThat(list.getValuesAs(JsonObject.class).stream().map(p -> p.getString("id"))).contains(done.getString("id"));
        assertThat(list.getValuesAs(JsonObject.class)).allSatisfy(p -> assertThat(p.containsKey("plan")).isFalse());
    }

    @Test
    void underHeightenedReadinessAPlanWithMilitaryUnitsIsShownOnlyToThoseClearedAndEveryReadIsLogged() throws Exception {
        seed();
        String military = militaryUnitAtTheSite();
        String incident = createIncident(2, 1, 2);
        String planId;
        setNationalLevel("HEIGHTENED_READINESS");
        try {
            JsonObject done = plan(incident);
            planId = done.getString("id");
            assertThat(done.getBoolean("sensitive")).isTrue();
            String scenario = get("coordinator", "api/plans/" + planId + "/scenario").body();
            assertThat(scenario).contains(military);
            Http.problem(get("viewer", "api/plans/" + planId), 404);
            Http.problem(get("editor-jamtland", "api/plans/" + planId + "/scenario"), 404);
            assertThat(get("viewer", "api/plans?limit=200").body()).doesNotContain(planId);
            Http.expect(get("liaison", "api/plans/" + planId), 200, "application/json");
            try (Connection db = database(); PreparedStatement st = db.prepareStatement(
                    "SELECT actor FROM sensitive_access_log WHERE entity_id = ? AND access = 'PLAN'")) {
                st.setObject(1, UUID.fromString(military));
                List<String> actors = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        actors.add(rs.getString(1));
                    }
                }
                assertThat(actors).anyMatch(a -> a.contains("coordinator")).anyMatch(a -> a.contains("liaison"))
                        .noneMatch(a -> a.contains("viewer"));
            }
        } finally {
            setNationalLevel("NORMAL");
        }
        // Back in peacetime the national cell is no longer cleared: the plan is gone for it too.
        Http.problem(get("coordinator", "api/plans/" + planId), 404);
        Http.expect(get("liaison", "api/plans/" + planId), 200, "application/json");
    }

    @Test
    void acceptingAPlanAssignsItsUnitsWithTheirVersionsRaisedAndAudited() throws Exception {
        seed();
        String incident = createIncident(1, 2, 3);
        JsonObject done = plan(incident);
        HttpResponse<String> read = get("coordinator", "api/plans/" + done.getString("id"));
        String etag = etag(read);

        Http.problem(send("coordinator", "POST", "api/plans/" + done.getString("id") + "/accept", null), 428);
        Http.problem(send("viewer", "POST", "api/plans/" + done.getString("id") + "/accept", null, "If-Match", etag), 403);
        HttpResponse<String> accepted = send("coordinator", "POST", "api/plans/" + done.getString("id") + "/accept", null,
                "If-Match", etag);
        JsonObject after = Http.object(Http.expect(accepted, 200, "application/json"));
        assertThat(after.getJsonObject("accepted").getString("by")).contains("coordinator");
        assertThat(accepted.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

        List<JsonObject> units = done.getJsonObject("plan").getJsonArray("units").getValuesAs(JsonObject.class);
        assertThat(units).isNotEmpty();
        for (JsonObject u : units) {
            JsonObject now = Http.object(get("coordinator", "api/units/" + u.getString("id")));
            assertThat(now.getString("status")).isEqualTo("ASSIGNED");
            assertThat(now.getJsonNumber("version").longValue()).isEqualTo(u.getJsonNumber("versionWhenPlanned").longValue() + 1);
            JsonArray history = Http.array(get("coordinator", "api/units/" + u.getString("id") + "/history"));
            JsonObject last = history.getJsonObject(history.size() - 1);
            assertThat(last.getString("action")).isEqualTo("PLAN_ACCEPT");
            assertThat(last.getString("actor")).contains("coordinator");
            assertThat(last.getJsonObject("before").getString("status")).isEqualTo("AVAILABLE");
            assertThat(last.getJsonObject("after").getString("status")).isEqualTo("ASSIGNED");
        }
        // Once is enough: a second acceptance is a conflict, a stale ETag a 412.
        Http.problem(send("coordinator", "POST", "api/plans/" + done.getString("id") + "/accept", null, "If-Match",
                accepted.headers().firstValue("ETag").orElseThrow()), 409);
        Http.problem(send("coordinator", "POST", "api/plans/" + done.getString("id") + "/accept", null, "If-Match", etag), 412);
        assertThat(auditActions("plan", done.getString("id"))).containsExactly("CREATE", "ACCEPT");
    }

    @Test
    void aPlanWhoseUnitsWereTakenMeanwhileIsRefusedWith409AndChangesNothing() throws Exception {
        seed();
        String incident = createIncident(2, 2, 4);
        JsonObject first = plan(incident);
        JsonObject second = plan(incident);
        Map<String, Long> secondUnits = unitVersions(second);
        Set<String> shared = new HashSet<>(unitVersions(first).keySet());
        shared.retainAll(secondUnits.keySet());
        assertThat(shared).as("two plans of the same incident on the same registry share units").isNotEmpty();

        Http.expect(send("coordinator", "POST", "api/plans/" + first.getString("id") + "/accept", null, "If-Match",
                etag(get("coordinator", "api/plans/" + first.getString("id")))), 200, "application/json");
        JsonObject conflict = Http.problem(send("coordinator", "POST", "api/plans/" + second.getString("id") + "/accept", null,
                "If-Match", etag(get("coordinator", "api/plans/" + second.getString("id")))), 409);
        assertThat(conflict.getString("type")).isEqualTo("/problems/conflict");
        Set<String> named = fields(conflict).stream().map(f -> f.substring("units[".length(), f.length() - 1))
                .collect(Collectors.toSet());
        assertThat(named).isEqualTo(shared);

        // Nothing of the second plan changed: its other units are still available at the version it saw.
        for (Map.Entry<String, Long> u : secondUnits.entrySet()) {
            if (!shared.contains(u.getKey())) {
                JsonObject now = Http.object(get("coordinator", "api/units/" + u.getKey()));
                assertThat(now.getString("status")).isEqualTo("AVAILABLE");
                assertThat(now.getJsonNumber("version").longValue()).isEqualTo(u.getValue());
            }
        }
        JsonObject stillOpen = Http.object(get("coordinator", "api/plans/" + second.getString("id")));
        assertThat(stillOpen.containsKey("accepted")).isFalse();
    }

    @Test
    void ofTwoCoordinatorsAcceptingPlansThatShareAUnitAtTheSameTimeExactlyOneWins() throws Exception {
        seed();
        String incident = createIncident(2, 2, 4);
        List<JsonObject> plans = List.of(plan(incident), plan(incident));
        Set<String> shared = new HashSet<>(unitVersions(plans.get(0)).keySet());
        shared.retainAll(unitVersions(plans.get(1)).keySet());
        assertThat(shared).isNotEmpty();
        List<String> etags = plans.stream().map(p -> etag(get("coordinator", "api/plans/" + p.getString("id")))).toList();
        String token = Tokens.forUser("coordinator");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return Http.send(HttpRequest.newBuilder(at("api/plans/" + plans.get(n).getString("id") + "/accept"))
                            .header("Authorization", "Bearer " + token).header("If-Match", etags.get(n))
                            .POST(HttpRequest.BodyPublishers.noBody()));
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<HttpResponse<String>> f : answers) {
                codes.add(f.get().statusCode());
            }
            assertThat(codes).containsExactlyInAnyOrder(200, 409);
            int winner = codes.get(0) == 200 ? 0 : 1;
            for (Map.Entry<String, Long> u : unitVersions(plans.get(winner)).entrySet()) {
                JsonObject now = Http.object(get("coordinator", "api/units/" + u.getKey()));
                assertThat(now.getString("status")).isEqualTo("ASSIGNED");
                assertThat(now.getJsonNumber("version").longValue()).isEqualTo(u.getValue() + 1);
            }
            JsonObject loser = Http.object(get("coordinator", "api/plans/" + plans.get(1 - winner).getString("id")));
            assertThat(loser.containsKey("accepted")).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReplanAfterAHospitalClosesAndMoreCasualtiesArriveKeepsTripsUnderWayAndCountsChanges() throws Exception {
        seed();
        String incident = createIncident(2, 2, 4);
        JsonObject first = plan(incident);
        String at = first.getJsonObject("plan").getString("start");
        Instant replanAt = Instant.parse(at).plusSeconds(60);

        HttpResponse<String> accepted = send("coordinator", "POST", "api/plans/" + first.getString("id") + "/replan", """
                {"at": "%s", "timeLimitSeconds": 1,
                 "events": [{"type": "HOSPITAL_CLOSED", "hospital": "SE-25-GALLIVARE"},
                            {"type": "CASUALTIES_ARRIVED", "incident": "%s", "triage": "P1", "careNeed": "TRAUMA",
                             "lying": true, "count": 1}]}""".formatted(replanAt, incident));
        JsonObject queued = Http.object(Http.expect(accepted, 202, "application/json"));
        assertThat(queued.getString("previousPlanId")).isEqualTo(first.getString("id"));
        JsonObject done = awaitPlan(queued.getString("id"));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        JsonObject plan = done.getJsonObject("plan");
        assertThat(plan.getJsonObject("validation").getBoolean("valid")).as(plan.getJsonObject("validation").toString()).isTrue();
        assertThat(plan.containsKey("changedAssignments")).isTrue();
        int patients = 0;
        for (JsonObject a : plan.getJsonArray("assignments").getValuesAs(JsonObject.class)) {
            patients += a.getInt("count");
            if (a.getJsonObject("hospital").getString("code").equals("SE-25-GALLIVARE")) {
                assertThat(a.getBoolean("fixed")).as("only trips under way still go to the closed hospital").isTrue();
            }
        }
        for (JsonObject u : plan.getJsonArray("unserved").getValuesAs(JsonObject.class)) {
            patients += u.getInt("count");
        }
        assertThat(patients).isEqualTo(9);

        JsonObject bad = Http.problem(send("coordinator", "POST", "api/plans/" + first.getString("id") + "/replan", """
                {"events": [{"type": "HOSPITAL_CLOSED", "hospital": "SE-99-NOWHERE"}, {"type": "UNIT_BROKEN_DOWN", "unit": "x"},
                            {"type": "METEOR"}]}"""), 400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("events[0].hospital", "events[1].unit", "events[2].type");
    }

    @Test
    void badPlanRequestsAreNamedAndAContradictoryPolicyIs422() {
        String incident = createIncident(1, 1, 1);
        JsonObject policy = Http.problem(send("coordinator", "POST", "api/plans", """
                {"incidentIds": ["%s"], "policy": {"weights": {"P1": 1, "P3": 4}}}""".formatted(incident)), 422);
        assertThat(policy.getString("type")).isEqualTo("/problems/invalid-planning-input");
        assertThat(fields(policy)).contains("policy.weights");

        JsonObject form = Http.problem(send("coordinator", "POST", "api/plans", """
                {"incidentIds": ["%s", "no-id"], "timeLimitSeconds": -1, "policy": {"surgeAllowance": "half"}}"""
                .formatted(UUID.randomUUID())), 400);
        assertThat(fields(form)).containsExactlyInAnyOrder("incidentIds[1]", "timeLimitSeconds", "policy.surgeAllowance");
        JsonObject unknown = Http.problem(send("coordinator", "POST", "api/plans", """
                {"incidentIds": ["%s"]}""".formatted(UUID.randomUUID())), 400);
        assertThat(fields(unknown)).containsExactly("incidentIds[0]");
        Http.problem(get("coordinator", "api/plans/" + UUID.randomUUID()), 404);
    }

    @Test
    void aRunningPlanCanBeCancelled() throws Exception {
        seed();
        String incident = createIncident(200, 800, 1500);
        HttpResponse<String> accepted = send("coordinator", "POST", "api/plans",
                "{\"incidentIds\": [\"" + incident + "\"], \"timeLimitSeconds\": 120}");
        String id = Http.object(Http.expect(accepted, 202, "application/json")).getString("id");
        HttpResponse<String> cancel = send("coordinator", "DELETE", "api/plans/" + id, null);
        assertThat(cancel.statusCode()).as(cancel.body()).isIn(200, 202);
        JsonObject done = awaitPlan(id);
        assertThat(done.getString("status")).isEqualTo("CANCELLED");
        assertThat(done.getBoolean("cancelRequested")).isTrue();
        assertThat(done.containsKey("plan")).isFalse();
        Http.problem(send("coordinator", "POST", "api/plans/" + id + "/cancel", null), 409);
        assertThat(auditActions("plan", id)).containsExactly("CREATE", "CANCEL");
    }

    @Test
    void aPlanLeftRunningByAStoppedApplicationBecomesFailedWithTheReason() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection db = database(); PreparedStatement st = db.prepareStatement(
                "INSERT INTO distribution_plan (id, status, phase, requested_by, request, input, problem, context, runner,"
                        + " heartbeat_at, started_at) VALUES (?, 'RUNNING', 'improving', 'test', '{}', '{}', '{}', '{}',"
                        + " 'gone-host/0000', now() - interval '5 minutes', now() - interval '6 minutes')")) {
            st.setObject(1, id);
            st.executeUpdate();
        }
        JsonObject done = awaitPlan(id.toString());
        assertThat(done.getString("status")).isEqualTo("FAILED");
        assertThat(done.getJsonObject("error").getString("message"))
                .startsWith("The application stopped while this plan was running").contains("gone-host/0000").endsWith("Plan again.");
    }

    @Test
    void withoutIncidentIdsEveryOpenIncidentIsPlanned() throws Exception {
        seed();
        String incident = createIncident(1, 0, 1);
        HttpResponse<String> accepted = send("coordinator", "POST", "api/plans", "{\"timeLimitSeconds\": 0.5}");
        JsonObject queued = Http.object(Http.expect(accepted, 202, "application/json"));
        assertThat(queued.getJsonArray("incidentIds").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).contains(incident);
        assertThat(awaitPlan(queued.getString("id")).getString("status")).isEqualTo("SUCCEEDED");
    }

    // --- long work side by side ---------------------------------------------------------------------

    /**
     * Plans and imports are long work on the container's managed executor; one coordinator's must not wait for
     * another's. Payara's default executor is configured with core size 0 and an "unbounded" queue, which in a
     * plain ThreadPoolExecutor would mean a single worker; its concurrency library hands each task to a thread
     * of its own instead (a synchronous queue, up to 200 threads). These tests keep it that way: with a single
     * worker (tried with a {@code @ManagedExecutorDefinition} of {@code maxAsync = 1}) both fail.
     */
    @Test
    void aSecondCoordinatorsPlanDoesNotWaitForALongPlanStartedBefore() throws Exception {
        seed();
        String incident = createIncident(2, 2, 4);
        String first = startLongPlan(incident);
        try {
            String second = startPlan(incident, 0.5);
            JsonObject done = whilePlanRuns(first, () -> status(second), "status");
            assertThat(done.getString("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        } finally {
            cancelQuietly(first);
        }
    }

    /** An import is long work too: one started while a plan runs is checked at once, not after the plan. */
    @Test
    void anImportStartedWhileAPlanRunsDoesNotWaitForThePlan() throws Exception {
        seed();
        String incident = createIncident(2, 2, 4);
        String planning = startLongPlan(incident);
        try {
            String csv = "call_sign,registration,kind,tier,organisation,home_region,base,status,care_level,lying,seated,"
                    + "wheelchair,incubator,crew,capabilities,operating_hours,dispatch_by,available_from,latitude,longitude,"
                    + "sensitive\r\nIMP " + run + ",,ROAD_AMBULANCE,2,ORG-" + run + "," + NORRBOTTEN + ",,AVAILABLE,ADVANCED,"
                    + "1,2,0,0,EMT,,24/7,SOS Alarm,NORMAL," + GALLIVARE_LAT + "," + GALLIVARE_LON + ",false\r\n";
            HttpResponse<String> accepted = Http.send(HttpRequest.newBuilder(at("api/units/import?format=csv&dryRun=true"))
                    .header("Authorization", "Bearer " + Tokens.forUser("coordinator")).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv)));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            URI job = URI.create(accepted.headers().firstValue("Location").orElseThrow());
            JsonObject done = whilePlanRuns(planning, () -> Http.object(Http.getAs("coordinator", job)), "state");
            assertThat(done.getString("state")).as(done.toString()).isEqualTo("SUCCEEDED");
            assertThat(done.getInt("created")).isEqualTo(1);
        } finally {
            cancelQuietly(planning);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** What a test seeded: its units' ids. */
    private record Seed(List<String> units) {
    }

    /** Four ambulances and a bus at Gällivare, fresh capacity at Gällivare and Sunderby. */
    private Seed seed() {
        String org = "ORG-" + run;
        Http.expect(send("coordinator", "POST", "api/organisations", "{\"code\":\"" + org + "\",\"name\":\"Testregion "
                + run + "\",\"sector\":\"REGION\",\"region\":\"" + NORRBOTTEN + "\"}"), 201, "application/json");
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            units.add(createUnit("coordinator", unitJson("AMB" + i + " " + run, "ROAD_AMBULANCE", org, "ADVANCED", 1, 2,
                    GALLIVARE_LAT + i * 0.002, GALLIVARE_LON)));
        }
        units.add(createUnit("coordinator", unitJson("BUS " + run, "AMBULANCE_BUS", org, "BASIC", 4, 12, GALLIVARE_LAT,
                GALLIVARE_LON + 0.01)));
        String at = Instant.now().minusSeconds(5).toString();
        Http.expect(send("coordinator", "PUT", "api/hospitals/SE-25-GALLIVARE/capacity", """
                {"reportedAt": "%s", "emergencyDepartment": "NORMAL",
                 "beds": {"MAJOR_TRAUMA": {"available": 2, "baseline": 4, "additional24h": 2},
                          "GENERAL_WARD": {"available": 10, "baseline": 30}}}""".formatted(at)), 201, "application/json");
        Http.expect(send("coordinator", "PUT", "api/hospitals/SE-25-SUNDERBY/capacity", """
                {"reportedAt": "%s", "emergencyDepartment": "NORMAL",
                 "beds": {"MAJOR_TRAUMA": {"available": 6, "baseline": 8},
                          "GENERAL_WARD": {"available": 40, "baseline": 60}}}""".formatted(at)), 201, "application/json");
        return new Seed(units);
    }

    /** A military vehicle at the incident site, available from normal readiness: the liaison's record. */
    private String militaryUnitAtTheSite() {
        String fm = "FM-" + run;
        Http.expect(send("liaison", "POST", "api/organisations", "{\"code\":\"" + fm + "\",\"name\":\"Försvarsmakten test "
                + run + "\",\"sector\":\"MILITARY\"}"), 201, "application/json");
        return createUnit("liaison", unitJson("MIL " + run, "MILITARY_VEHICLE", fm, "ADVANCED", 4, 0, SITE_LAT, SITE_LON));
    }

    private void setNationalLevel(String level) {
        JsonObject now = Http.object(get("coordinator", "api/readiness/SE"));
        if (now.getString("level").equals(level)) {
            return;
        }
        Http.expect(send("coordinator", "PUT", "api/readiness/SE", "{\"level\":\"" + level + "\",\"reason\":\"PlanningApiIT "
                + run + "\"}", "If-Match", "\"v" + now.getJsonNumber("version").longValue() + "\""), 200, "application/json");
    }

    private String createUnit(String user, String json) {
        return Http.object(Http.expect(send(user, "POST", "api/units", json), 201, "application/json")).getString("id");
    }

    private static String unitJson(String callSign, String kind, String org, String care, int lying, int seated,
                                   double lat, double lon) {
        return ("{\"callSign\":\"%s\",\"kind\":\"%s\",\"organisation\":\"%s\",\"homeRegion\":\"" + NORRBOTTEN + "\","
                + "\"status\":\"AVAILABLE\",\"careLevel\":\"%s\",\"capacity\":{\"lying\":%d,\"seated\":%d,\"wheelchair\":0,"
                + "\"incubator\":0},\"availableFrom\":\"NORMAL\",\"position\":{\"latitude\":%s,\"longitude\":%s}}")
                .formatted(callSign, kind, org, care, lying, seated, lat, lon);
    }

    private String incident(String name, int p1, int p2, int p3) {
        return """
                {"name": "%s", "location": {"latitude": %s, "longitude": %s},
                 "casualties": [{"triage": "P1", "careNeed": "TRAUMA", "lying": true, "count": %d},
                                {"triage": "P2", "careNeed": "GENERAL", "lying": true, "count": %d},
                                {"triage": "P3", "careNeed": "GENERAL", "lying": false, "count": %d}]}"""
                .formatted(name, SITE_LAT, SITE_LON, p1, p2, p3);
    }

    private String createIncident(int p1, int p2, int p3) {
        String id = Http.object(Http.expect(send("coordinator", "POST", "api/incidents",
                incident("Olycka " + run, p1, p2, p3)), 201, "application/json")).getString("id");
        openIncidents.add(id);
        return id;
    }

    /** Plans one incident and waits for the plan. */
    private JsonObject plan(String incident) throws InterruptedException {
        HttpResponse<String> accepted = send("coordinator", "POST", "api/plans",
                "{\"incidentIds\": [\"" + incident + "\"], \"timeLimitSeconds\": 0.5}");
        JsonObject done = awaitPlan(Http.object(Http.expect(accepted, 202, "application/json")).getString("id"));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.getJsonObject("plan").getJsonObject("validation").getBoolean("valid")).isTrue();
        return done;
    }

    /** Starts a plan of one incident with the given improvement time; returns its id without waiting. */
    private String startPlan(String incident, double seconds) {
        HttpResponse<String> accepted = send("coordinator", "POST", "api/plans",
                "{\"incidentIds\": [\"" + incident + "\"], \"timeLimitSeconds\": " + seconds + "}");
        return Http.object(Http.expect(accepted, 202, "application/json")).getString("id");
    }

    /**
     * Starts a plan with the longest improvement time (300 s; on this small incident it runs over a minute, then
     * ends on its own) and waits until it runs; the caller cancels it.
     */
    private String startLongPlan(String incident) throws InterruptedException {
        String id = startPlan(incident, PlanRequest.MAX_TIME_LIMIT_SECONDS);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        String now = status(id).getString("status");
        while (now.equals("QUEUED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            now = status(id).getString("status");
        }
        assertThat(now).as("the long plan runs").isEqualTo("RUNNING");
        return id;
    }

    private JsonObject status(String id) {
        return Http.object(Http.expect(get("coordinator", "api/plans/" + id), 200, "application/json"));
    }

    /**
     * Reads a job until its {@code field} says it has ended, checking at every look, and once it has ended, that
     * the plan {@code running} still runs: so the job ran beside the plan, not after it.
     */
    private JsonObject whilePlanRuns(String running, Supplier<JsonObject> job, String field)
            throws InterruptedException {
        Set<String> ended = Set.of("SUCCEEDED", "FAILED", "CANCELLED");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject state = job.get();
        while (!ended.contains(state.getString(field)) && Instant.now().isBefore(deadline)) {
            assertThat(status(running).getString("status")).as("the long plan still runs while the job is " + state.getString(field))
                    .isEqualTo("RUNNING");
            Thread.sleep(200);
            state = job.get();
        }
        assertThat(ended).as("the job ended within two minutes").contains(state.getString(field));
        assertThat(status(running).getString("status")).as("the job ended while the long plan was running")
                .isEqualTo("RUNNING");
        return state;
    }

    /** Cancels a plan if it is still queued or running and waits for it, so no long run outlives its test. */
    private void cancelQuietly(String id) throws InterruptedException {
        if (Set.of("QUEUED", "RUNNING").contains(status(id).getString("status"))) {
            send("coordinator", "DELETE", "api/plans/" + id, null);
        }
        awaitPlan(id);
    }

    private JsonObject awaitPlan(String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonObject plan = Http.object(Http.expect(get("coordinator", "api/plans/" + id), 200, "application/json"));
            if (Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(plan.getString("status"))) {
                return plan;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("plan " + id + " did not finish within 3 minutes");
    }

    private static Map<String, Long> unitVersions(JsonObject plan) {
        return plan.getJsonObject("plan").getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("id"), u -> u.getJsonNumber("versionWhenPlanned").longValue()));
    }

    private static List<String> auditActions(String type, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection db = database(); PreparedStatement st = db.prepareStatement(
                "SELECT action FROM audit_entry WHERE entity_type = ? AND entity_id = ? ORDER BY id")) {
            st.setString(1, type);
            st.setObject(2, UUID.fromString(id));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private URI at(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private HttpResponse<String> get(String user, String path) {
        return Http.getAs(user, at(path));
    }

    private HttpResponse<String> send(String user, String method, String path, String json, String... headers) {
        return Http.sendAs(user, method, at(path), json == null ? null : "application/json", json, headers);
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.body()));
    }

    private static List<String> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("samverkan.db.url"),
                System.getProperty("samverkan.db.user"), System.getProperty("samverkan.db.password"));
    }
}
