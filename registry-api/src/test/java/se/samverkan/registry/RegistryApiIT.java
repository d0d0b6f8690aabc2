package se.samverkan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Http;
import se.samverkan.testing.SamverkanDeployment;
import se.samverkan.testing.Tokens;

/**
 * The registry through its REST API: the shipped WAR on Payara Micro, real PostGIS, real Keycloak tokens
 * for the demo users (editor-jamtland edits region 23, editor-skane region 12, viewer only reads, liaison
 * is the defence liaison, coordinator the national cell). Every test makes its own records (codes and
 * call signs carry a run id), so the tests do not depend on each other or on other suites' data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryApiIT {

    private static final String JAMTLAND = "23";
    private static final String SKANE = "12";

    @ArquillianResource
    URL base;

    private String run;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    @BeforeEach
    void newRunId() {
        run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    // --- Creating, reading, changing -------------------------------------------------------------------

    @Test
    void aRegionEditorKeepsAUnitOfTheirRegionAndEveryChangeIsInItsHistory() {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        String station = base("editor-jamtland", JAMTLAND, org, 63.1792, 14.6357);

        HttpResponse<String> created = send("editor-jamtland", "POST", "api/units",
                unit("AMB " + run, org, JAMTLAND, station, 63.18, 14.64, "ventilator", "winter"));
        JsonObject unit = Http.object(Http.expect(created, 201, "application/json"));
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(unit.getString("id")));
        assertThat(created.headers().firstValue("ETag")).contains("\"v1\"");
        assertThat(unit.getBoolean("availableNow")).isTrue();
        assertThat(unit.getJsonObject("organisation").getString("code")).isEqualTo(org);
        assertThat(unit.getJsonArray("capabilities").getValuesAs(JsonString::getString)).containsExactly("ventilator", "winter");

        String id = unit.getString("id");
        HttpResponse<String> status = send("editor-jamtland", "PUT", "api/units/" + id + "/status",
                "{\"status\":\"ASSIGNED\",\"position\":{\"latitude\":63.3,\"longitude\":14.5}}", "If-Match", "\"v1\"");
        JsonObject assigned = Http.object(Http.expect(status, 200, "application/json"));
        assertThat(assigned.getString("status")).isEqualTo("ASSIGNED");
        assertThat(assigned.getBoolean("availableNow")).isFalse();
        assertThat(assigned.getJsonNumber("version").longValue()).isEqualTo(2);

        HttpResponse<String> retired = send("editor-jamtland", "DELETE", "api/units/" + id, null, "If-Match", "\"v2\"");
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(204);

        JsonArray history = Http.array(Http.expect(get("viewer", "api/units/" + id + "/history"), 200, "application/json"));
        assertThat(history.getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")))
                .containsExactly("CREATE", "STATUS", "RETIRE");
        JsonObject change = history.getJsonObject(1);
        assertThat(change.getString("actor")).contains("editor-jamtland");
        assertThat(change.getJsonObject("before").getString("status")).isEqualTo("AVAILABLE");
        assertThat(change.getJsonObject("after").getString("status")).isEqualTo("ASSIGNED");

        // Retired: still readable with its history, gone from lists, call sign free again.
        JsonObject gone = Http.object(get("viewer", "api/units/" + id));
        assertThat(gone.containsKey("retiredAt")).isTrue();
        assertThat(listCallSigns("viewer", "api/units?region=23&limit=1000")).doesNotContain("AMB " + run);
        Http.expect(send("editor-jamtland", "POST", "api/units", unit("AMB " + run, org, JAMTLAND, station, 63.18, 14.64)),
                201, "application/json");
    }

    @Test
    void listsOfOrganisationsAndBasesFilterByRegionSectorAndOrganisation() {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        String station = base("editor-jamtland", JAMTLAND, org, 63.1792, 14.6357);

        assertThat(codes(get("viewer", "api/organisations?region=23&sector=REGION"))).contains(org);
        assertThat(codes(get("viewer", "api/organisations?region=12"))).doesNotContain(org);
        assertThat(codes(get("viewer", "api/organisations?sector=PRIVATE"))).doesNotContain(org);
        assertThat(codes(get("viewer", "api/bases?region=23&organisation=" + org))).containsExactly(station);
        assertThat(codes(get("viewer", "api/bases?region=12&organisation=" + org))).isEmpty();
        assertThat(codes(get("viewer", "api/bases"))).contains(station);
    }

    @Test
    void organisationsAndBasesAreVersionedRetiredAndAuditedLikeUnits() {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        String station = base("editor-jamtland", JAMTLAND, org, 63.1792, 14.6357);
        String baseId = Http.array(get("viewer", "api/bases?region=23&organisation=" + org)).getJsonObject(0).getString("id");
        String orgId = Http.array(get("viewer", "api/organisations?region=23")).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(org)).findFirst().orElseThrow().getString("id");
        HttpResponse<String> read = get("viewer", "api/bases/" + baseId);
        assertThat(read.headers().firstValue("ETag")).contains("\"v1\"");

        String moved = "{\"code\":\"" + station + "\",\"name\":\"Station " + run + " (ny)\",\"kind\":\"AMBULANCE_STATION\","
                + "\"region\":\"23\",\"organisation\":\"" + org + "\",\"position\":{\"latitude\":63.18,\"longitude\":14.64}}";
        Http.problem(send("editor-jamtland", "PUT", "api/bases/" + baseId, moved), 428);
        Http.problem(send("editor-skane", "PUT", "api/bases/" + baseId, moved, "If-Match", "\"v1\""), 403);
        HttpResponse<String> replaced = send("editor-jamtland", "PUT", "api/bases/" + baseId, moved, "If-Match", "\"v1\"");
        Http.expect(replaced, 200, "application/json");
        assertThat(replaced.headers().firstValue("ETag")).contains("\"v2\"");
        assertThat(Http.problem(send("editor-jamtland", "PUT", "api/bases/" + baseId, moved, "If-Match", "\"v1\""), 412)
                .getString("type")).isEqualTo("/problems/stale-version");
        JsonObject renamed = Http.problem(send("editor-jamtland", "PUT", "api/bases/" + baseId,
                moved.replace(station, station + "-X"), "If-Match", "\"v2\""), 400);
        assertThat(fields(renamed)).containsExactly("code");
        assertThat(fields(Http.problem(send("editor-jamtland", "POST", "api/bases", moved), 409))).containsExactly("code");

        // An organisation that owns a unit in service stays; once the unit is retired it can go.
        String unit = createUnit("editor-jamtland", org, JAMTLAND, "OWNED " + run, 63.2, 14.6);
        Http.problem(send("editor-jamtland", "DELETE", "api/organisations/" + orgId, null, "If-Match", "\"v1\""), 409);
        noContent(send("editor-jamtland", "DELETE", "api/units/" + unit, null, "If-Match", "\"v1\""));
        noContent(send("editor-jamtland", "DELETE", "api/bases/" + baseId, null, "If-Match", "\"v2\""));
        Http.problem(send("editor-jamtland", "PUT", "api/bases/" + baseId, moved, "If-Match", "\"v3\""), 409);
        noContent(send("editor-jamtland", "DELETE", "api/organisations/" + orgId, null, "If-Match", "\"v1\""));

        assertThat(Http.array(get("viewer", "api/bases/" + baseId + "/history")).getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action"))).containsExactly("CREATE", "UPDATE", "RETIRE");
        JsonArray orgHistory = Http.array(get("viewer", "api/organisations/" + orgId + "/history"));
        assertThat(orgHistory.getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")))
                .containsExactly("CREATE", "RETIRE");
        assertThat(orgHistory.getJsonObject(1).getString("actor")).contains("editor-jamtland");
        Http.problem(get("viewer", "api/organisations/" + UUID.randomUUID() + "/history"), 404);
    }

    @Test
    void aStaleWriteGets412AndAWriteWithoutIfMatchGets428AndNothingChanges() {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        String id = createUnit("editor-jamtland", org, JAMTLAND, "STALE " + run, 63.2, 14.6);

        Http.expect(send("editor-jamtland", "PUT", "api/units/" + id + "/status", "{\"status\":\"ASSIGNED\"}", "If-Match", "\"v1\""),
                200, "application/json");
        JsonObject stale = Http.problem(send("editor-jamtland", "PUT", "api/units/" + id + "/status",
                "{\"status\":\"OUT_OF_SERVICE\"}", "If-Match", "\"v1\""), 412);
        assertThat(stale.getString("type")).isEqualTo("/problems/stale-version");
        JsonObject missing = Http.problem(send("editor-jamtland", "PUT", "api/units/" + id + "/status",
                "{\"status\":\"OUT_OF_SERVICE\"}"), 428);
        assertThat(missing.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("If-Match");

        assertThat(Http.object(get("viewer", "api/units/" + id)).getString("status")).isEqualTo("ASSIGNED");
    }

    @Test
    void fiftyConcurrentWritersOfOneUnitEitherApplyOrGet412AndNoneIsLost() throws Exception {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        String id = createUnit("editor-jamtland", org, JAMTLAND, "RACE " + run, 63.2, 14.6);
        String token = Tokens.forUser("editor-jamtland");
        int writers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        Set<Long> versionsWritten = ConcurrentHashMap.newKeySet();
        try {
            for (int i = 0; i < writers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    // Each writer reads, then writes what it read back with a new position: a lost update
                    // would show as fewer version steps than successful writes.
                    HttpResponse<String> read = Http.get(at("api/units/" + id), Http.bearer(token));
                    String etag = read.headers().firstValue("ETag").orElseThrow();
                    HttpResponse<String> write = Http.send(HttpRequest.newBuilder(at("api/units/" + id + "/status"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("If-Match", etag)
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"AVAILABLE\"}")));
                    if (write.statusCode() == 200) {
                        versionsWritten.add(Http.object(write).getJsonNumber("version").longValue());
                    }
                    return write.statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : results) {
                codes.add(f.get());
            }
            assertThat(codes).allMatch(c -> c == 200 || c == 412);
            long applied = codes.stream().filter(c -> c == 200).count();
            assertThat(applied).isGreaterThanOrEqualTo(1);
            long finalVersion = Http.object(get("viewer", "api/units/" + id)).getJsonNumber("version").longValue();
            // Version 1 at creation, one step per applied write, each applied write saw a distinct version.
            assertThat(finalVersion).isEqualTo(1 + applied);
            assertThat(versionsWritten).hasSize((int) applied);
            JsonArray history = Http.array(get("viewer", "api/units/" + id + "/history"));
            assertThat(history.size()).isEqualTo(1 + (int) applied);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRegionEditorCannotChangeAnotherRegionsRecordsAndNothingChanges() {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        String id = createUnit("editor-jamtland", org, JAMTLAND, "OWN " + run, 63.2, 14.6);

        JsonObject problem = Http.problem(send("editor-skane", "PUT", "api/units/" + id + "/status",
                "{\"status\":\"OUT_OF_SERVICE\"}", "If-Match", "\"v1\""), 403);
        assertThat(problem.getString("detail")).contains("region 23");
        Http.problem(send("editor-skane", "DELETE", "api/units/" + id, null, "If-Match", "\"v1\""), 403);
        Http.problem(send("editor-skane", "POST", "api/units", unit("SK " + run, org, JAMTLAND, null, 63.2, 14.6)), 403);
        Http.problem(send("editor-skane", "POST", "api/organisations",
                "{\"code\":\"X-" + run + "\",\"name\":\"x\",\"sector\":\"PRIVATE\",\"region\":\"23\"}"), 403);
        Http.problem(send("editor-skane", "POST", "api/inventory/23/confirm", ""), 403);
        Http.problem(send("viewer", "POST", "api/units", unit("V " + run, org, JAMTLAND, null, 63.2, 14.6)), 403);

        JsonObject unit = Http.object(get("viewer", "api/units/" + id));
        assertThat(unit.getString("status")).isEqualTo("AVAILABLE");
        assertThat(unit.getJsonNumber("version").longValue()).isEqualTo(1);
        assertThat(listCallSigns("viewer", "api/units?limit=1000&region=23")).doesNotContain("SK " + run, "V " + run);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        String body = "{\"callSign\":\"BAD " + run + "\",\"kind\":\"SPACESHIP\",\"organisation\":\"" + org + "\","
                + "\"homeRegion\":\"23\",\"status\":\"FLYING\",\"careLevel\":\"ADVANCED\","
                + "\"capacity\":{\"lying\":-1,\"seated\":0,\"wheelchair\":0,\"incubator\":0},"
                + "\"capabilities\":[\"teleport\"],\"position\":{\"latitude\":91,\"longitude\":-181}}";
        JsonObject problem = Http.problem(send("editor-jamtland", "POST", "api/units", body), 400);
        assertThat(fields(problem)).contains("status", "capacity.lying", "position.latitude", "position.longitude");

        // Form is right, vocabulary is not: unknown kind and tag are named with what is known.
        String vocab = unit("BAD " + run, org, JAMTLAND, null, 63.2, 14.6, "teleport").replace("ROAD_AMBULANCE", "SPACESHIP");
        JsonObject unknown = Http.problem(send("editor-jamtland", "POST", "api/units", vocab), 400);
        assertThat(fields(unknown)).contains("kind", "capabilities");

        createUnit("editor-jamtland", org, JAMTLAND, "DUP " + run, 63.2, 14.6);
        JsonObject duplicate = Http.problem(send("editor-jamtland", "POST", "api/units",
                unit("dup " + run, org, JAMTLAND, null, 63.2, 14.6)), 409);
        assertThat(fields(duplicate)).containsExactly("callSign");

        Http.problem(get("viewer", "api/units/nearest?lat=NaN&lon=14"), 400);
        JsonObject range = Http.problem(get("viewer", "api/units/nearest?lat=95&lon=200"), 400);
        assertThat(fields(range)).containsExactlyInAnyOrder("lat", "lon");
        Http.problem(get("viewer", "api/units?capability=teleport"), 400);
        Http.problem(get("viewer", "api/units?sort=colour"), 400);
        Http.problem(get("viewer", "api/units?cursor=notacursor"), 400);
        JsonObject point = Http.problem(send("viewer", "POST", "api/units/in-area",
                "{\"type\":\"Point\",\"coordinates\":[14.6,63.2]}"), 400);
        assertThat(fields(point)).containsExactly("type");

        assertThat(listCallSigns("viewer", "api/units?limit=1000&region=23")).doesNotContain("BAD " + run, "dup " + run);
    }

    /** The nearest search is a servlet, not a REST resource (decision 0007): it must answer like one. */
    @Test
    void theNearestSearchAnswersLikeEveryOtherAddressOfTheApi() {
        String nearest = "api/units/nearest?lat=63.2&lon=14.6&n=3";
        HttpResponse<String> anonymous = Http.sendAs(null, "GET", at(nearest), null, null);
        assertThat(Http.problem(anonymous, 401).getString("detail")).contains("bearer token");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"samverkan\"");
        HttpResponse<String> forged = Http.get(at(nearest), "Authorization", "Bearer not.a.token");
        assertThat(Http.problem(forged, 401).getString("detail")).contains("not accepted");

        HttpResponse<String> post = send("viewer", "POST", nearest, "{}");
        Http.problem(post, 405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        Http.problem(Http.getAs("viewer", at(nearest), "Accept", "application/xml"), 406);
        assertThat(Http.getAs("viewer", at(nearest), "Accept", "text/html, application/*;q=0.5").statusCode()).isEqualTo(200);

        JsonObject notANumber = Http.problem(get("viewer", "api/units/nearest?lat=north&lon=14.6&n=many"), 400);
        assertThat(fields(notANumber)).isEqualTo(List.of("lat"));
        assertThat(fields(Http.problem(get("viewer", "api/units/nearest?lat=63&lon=14&n=many"), 400))).containsExactly("n");
        assertThat(fields(Http.problem(get("viewer", "api/units/nearest?lat=63&lon=14&n=201"), 400))).containsExactly("n");
        assertThat(fields(Http.problem(get("viewer", "api/units/nearest?lat=63&lon=14&capability=teleport"), 400)))
                .containsExactly("capability");
        assertThat(fields(Http.problem(get("viewer", "api/units/nearest?lat=63&lon=14&kind=SPACESHIP"), 400)))
                .containsExactly("kind");

        HttpResponse<String> ok = get("viewer", nearest);
        Http.expect(ok, 200, "application/json");
        assertThat(ok.headers().firstValue("X-Content-Type-Options")).as("the web filters' security headers").hasValue("nosniff");
        HttpResponse<String> head = Http.sendAs("viewer", "HEAD", at(nearest), null, null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    // --- Searching -----------------------------------------------------------------------------------

    @Test
    void nearestAvailableUnitsWithCapabilitiesComeByDistanceFromPostGis() {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        // A line of units going east from a point of its own in Härjedalen's fells, away from other runs' units.
        java.util.Random place = new java.util.Random(run.hashCode());
        double lat = 61.6 + place.nextInt(800) / 1000.0;
        double lon = 12.4 + place.nextInt(900) / 1000.0;
        String near = createUnit("editor-jamtland", org, JAMTLAND, "N1 " + run, lat, lon + 0.01, "ventilator");
        String mid = createUnit("editor-jamtland", org, JAMTLAND, "N2 " + run, lat, lon + 0.05, "ventilator", "winter");
        String far = createUnit("editor-jamtland", org, JAMTLAND, "N3 " + run, lat, lon + 0.20, "ventilator");
        String noVent = createUnit("editor-jamtland", org, JAMTLAND, "N4 " + run, lat, lon + 0.02);
        String busy = createUnit("editor-jamtland", org, JAMTLAND, "N5 " + run, lat, lon + 0.03, "ventilator");
        Http.expect(send("editor-jamtland", "PUT", "api/units/" + busy + "/status", "{\"status\":\"ASSIGNED\"}",
                "If-Match", "\"v1\""), 200, "application/json");

        JsonArray nearest = Http.array(Http.expect(get("viewer", "api/units/nearest?lat=" + lat + "&lon=" + lon
                + "&n=3&capability=ventilator"), 200, "application/json"));
        assertThat(ids(nearest)).containsExactly(near, mid, far);
        double d0 = nearest.getJsonObject(0).getJsonNumber("distanceMetres").doubleValue();
        // 0.01° of longitude at 62.05° N is about 521 m on the sphere.
        assertThat(d0).isBetween(500.0, 540.0);

        JsonArray winter = Http.array(get("viewer", "api/units/nearest?lat=" + lat + "&lon=" + lon
                + "&n=3&capability=ventilator&capability=winter"));
        assertThat(ids(winter).get(0)).isEqualTo(mid);

        JsonArray radius = Http.array(get("viewer", "api/units/near?lat=" + lat + "&lon=" + lon + "&radiusKm=3"));
        assertThat(ids(radius)).containsExactly(near, noVent, busy, mid);

        JsonArray box = Http.array(get("viewer", "api/units/in-box?bbox=" + (lon + 0.015) + "," + (lat - 0.01) + ","
                + (lon + 0.1) + "," + (lat + 0.01)));
        assertThat(ids(box)).containsExactlyInAnyOrder(noVent, busy, mid);

        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[" + (lon + 0.1) + "," + (lat - 0.01) + "],["
                + (lon + 0.3) + "," + (lat - 0.01) + "],[" + (lon + 0.3) + "," + (lat + 0.01) + "],[" + (lon + 0.1) + ","
                + (lat + 0.01) + "],[" + (lon + 0.1) + "," + (lat - 0.01) + "]]]}";
        assertThat(ids(Http.array(Http.expect(send("viewer", "POST", "api/units/in-area", polygon), 200,
                "application/json")))).containsExactly(far);
    }

    @Test
    void reachableUnitsAreThoseTheTravelTimeModelBringsThereInTime() {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        // West of Funäsdalen, far from other tests' units: 5 km and 80 km east of the point.
        double lat = 62.50;
        double lon = 12.20;
        String close = createUnit("editor-jamtland", org, JAMTLAND, "R1 " + run, lat, lon + 0.097);
        String distant = createUnit("editor-jamtland", org, JAMTLAND, "R2 " + run, lat, lon + 1.55);

        JsonObject quick = Http.object(Http.expect(get("viewer", "api/units/reachable?lat=" + lat + "&lon=" + lon
                + "&minutes=20&kind=ROAD_AMBULANCE"), 200, "application/json"));
        List<String> quickIds = quick.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonObject("unit").getString("id")).toList();
        assertThat(quickIds).contains(close).doesNotContain(distant);
        JsonObject first = quick.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonObject("unit").getString("id").equals(close)).findFirst().orElseThrow();
        assertThat(first.getString("mode")).isEqualTo("ROAD_AMBULANCE");
        assertThat(first.getJsonNumber("minutes").doubleValue()).isBetween(1.0, 20.0);

        JsonObject slow = Http.object(get("viewer", "api/units/reachable?lat=" + lat + "&lon=" + lon
                + "&minutes=180&kind=ROAD_AMBULANCE"));
        List<JsonObject> units = slow.getJsonArray("units").getValuesAs(JsonObject.class);
        assertThat(units.stream().map(r -> r.getJsonObject("unit").getString("id"))).contains(close, distant);
        assertThat(units.stream().map(r -> r.getJsonNumber("minutes").doubleValue()).toList()).isSorted();
        assertThat(slow.getJsonObject("byMode").getInt("ROAD_AMBULANCE")).isGreaterThanOrEqualTo(2);

        JsonObject bad = Http.problem(get("viewer", "api/units/reachable?lat=62.5&lon=12.2&minutes=0"), 400);
        assertThat(fields(bad)).containsExactly("minutes");
    }

    @Test
    void gisClientsSeeUnitsThroughOgcApiFeaturesOnlyWhenSignedIn() {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        double lat = 61.80;
        double lon = 12.70;
        String id = createUnit("editor-jamtland", org, JAMTLAND, "OGC " + run, lat, lon);

        HttpResponse<String> anonymous = Http.get(at("ogcapi/collections/units/items?limit=5"));
        Http.problem(anonymous, 401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.startsWith("Basic"));

        JsonObject items = Http.object(Http.expect(get("viewer", "ogcapi/collections/units/items?bbox=" + (lon - 0.01) + ","
                + (lat - 0.01) + "," + (lon + 0.01) + "," + (lat + 0.01)), 200, "application/geo+json"));
        List<JsonObject> features = items.getJsonArray("features").getValuesAs(JsonObject.class);
        assertThat(features).extracting(f -> f.getString("id")).contains(id);
        JsonObject ours = features.stream().filter(f -> f.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(ours.getJsonObject("properties").getString("call_sign")).isEqualTo("OGC " + run);
        assertThat(ours.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(0).doubleValue()).isEqualTo(lon);

        JsonObject hospitals = Http.object(Http.expect(get("viewer", "ogcapi/collections/hospitals/items?limit=100"), 200,
                "application/geo+json"));
        assertThat(hospitals.getInt("numberMatched")).isGreaterThanOrEqualTo(60);
        JsonObject ostersund = Http.object(Http.expect(get("viewer", "ogcapi/collections/hospitals/items/SE-23-OSTERSUND"),
                200, "application/geo+json"));
        assertThat(ostersund.getJsonObject("properties").getString("region")).isEqualTo("23");
        Http.problem(Http.get(at("ogcapi/collections/bases/items")), 401);
    }

    @Test
    void readinessDecidesWhichUnitsCountAsAvailableAndEveryChangeIsRecorded() {
        String org = organisation("editor-jamtland", JAMTLAND, "PRIVATE");
        String bus = createUnitAs("editor-jamtland", org, JAMTLAND, "BUS " + run, 62.9, 13.1, "REINFORCEMENT");
        assertThat(Http.object(get("viewer", "api/units/" + bus)).getBoolean("availableNow")).isFalse();

        JsonObject level = Http.object(get("editor-jamtland", "api/readiness/23"));
        String etag = "\"v" + level.getJsonNumber("version").longValue() + "\"";
        HttpResponse<String> raised = send("editor-jamtland", "PUT", "api/readiness/23",
                "{\"level\":\"REINFORCEMENT\",\"reason\":\"Bussolycka E14, test " + run + "\"}", "If-Match", etag);
        try {
            Http.expect(raised, 200, "application/json");
            assertThat(Http.object(get("viewer", "api/units/" + bus)).getBoolean("availableNow")).isTrue();
            JsonArray history = Http.array(get("viewer", "api/readiness/23/history?limit=5"));
            JsonObject change = history.getJsonObject(0);
            assertThat(change.getString("toLevel")).isEqualTo("REINFORCEMENT");
            assertThat(change.getString("changedBy")).contains("editor-jamtland");
            assertThat(change.getString("reason")).contains(run);

            // A region cannot declare heightened readiness, nor change the national level.
            Http.problem(send("editor-jamtland", "PUT", "api/readiness/SE",
                    "{\"level\":\"HEIGHTENED_READINESS\",\"reason\":\"no\"}", "If-Match", "\"v0\""), 403);
        } finally {
            JsonObject now = Http.object(get("editor-jamtland", "api/readiness/23"));
            send("editor-jamtland", "PUT", "api/readiness/23", "{\"level\":\"NORMAL\",\"reason\":\"test over\"}",
                    "If-Match", "\"v" + now.getJsonNumber("version").longValue() + "\"");
        }
        assertThat(Http.object(get("viewer", "api/units/" + bus)).getBoolean("availableNow")).isFalse();
    }

    // --- Sensitive records ---------------------------------------------------------------------------

    @Test
    void militaryUnitsAreHiddenFromTheUncleardButCountedAndEveryClearedReadIsLogged() throws SQLException {
        String fm = organisation("liaison", null, "MILITARY");
        // A garrison in Östersund (I 5's old grounds): the viewer searches right there.
        double lat = 63.1710;
        double lon = 14.6500;
        String mil = createUnitAs("liaison", fm, JAMTLAND, "MIL " + run, lat, lon, "NORMAL");

        Http.problem(get("viewer", "api/units/" + mil), 404);
        Http.problem(get("editor-jamtland", "api/units/" + mil), 404);
        Http.problem(get("coordinator", "api/units/" + mil + "/history"), 404);
        for (String user : List.of("viewer", "editor-jamtland", "coordinator")) {
            String near = get(user, "api/units/near?lat=" + lat + "&lon=" + lon + "&radiusKm=1").body();
            String nearest = get(user, "api/units/nearest?lat=" + lat + "&lon=" + lon + "&n=50").body();
            String list = get(user, "api/units?region=23&sector=MILITARY&limit=1000").body();
            String export = get(user, "api/units/export?format=geojson&region=23").body();
            String csv = get(user, "api/units/export?format=csv&region=23").body();
            String ogc = get(user, "ogcapi/collections/units/items?limit=10000&bbox=" + (lon - 0.1) + "," + (lat - 0.1)
                    + "," + (lon + 0.1) + "," + (lat + 0.1)).body();
            Http.problem(get(user, "ogcapi/collections/units/items/" + mil), 404);
            for (String body : List.of(near, nearest, list, export, csv, ogc)) {
                assertThat(body).doesNotContain(mil).doesNotContain("MIL " + run).doesNotContain(String.valueOf(lat));
            }
        }
        JsonArray counts = Http.array(get("viewer", "api/units/counts?region=23"));
        long sensitive = counts.getValuesAs(JsonObject.class).stream().mapToLong(c -> c.getJsonNumber("sensitive").longValue()).sum();
        assertThat(sensitive).isGreaterThanOrEqualTo(1);

        JsonObject seen = Http.object(Http.expect(get("liaison", "api/units/" + mil), 200, "application/json"));
        assertThat(seen.getJsonObject("position").getJsonNumber("latitude").doubleValue()).isEqualTo(lat);
        assertThat(seen.getBoolean("sensitive")).isTrue();
        try (Connection db = database(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT actor, access FROM sensitive_access_log WHERE entity_id = '" + mil + "'")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2));
            }
            assertThat(rows).anyMatch(r -> r.contains("liaison") && r.endsWith("|READ"));
            assertThat(rows).noneMatch(r -> r.contains("viewer"));
        }
    }

    // --- Freshness -----------------------------------------------------------------------------------

    @Test
    void unitsNotConfirmedInTimeAreStaleUntilTheRegionConfirmsItsInventory() throws SQLException {
        String org = organisation("editor-skane", SKANE, "REGION");
        String id = createUnitAs("editor-skane", org, SKANE, "OLD " + run, 55.6, 13.0, "NORMAL");
        try (Connection db = database(); Statement st = db.createStatement()) {
            st.executeUpdate("UPDATE transport_unit SET last_confirmed_at = now() - interval '40 days' WHERE id = '" + id + "'");
        }
        assertThat(Http.object(get("viewer", "api/units/" + id)).getBoolean("stale")).isTrue();
        assertThat(listCallSigns("viewer", "api/units?region=12&stale=true&limit=1000")).contains("OLD " + run);
        JsonObject skane = Http.array(get("viewer", "api/inventory/freshness?region=12")).getJsonObject(0);
        assertThat(skane.getJsonNumber("staleUnits").longValue()).isGreaterThanOrEqualTo(1);

        JsonObject confirmed = Http.object(Http.expect(send("editor-skane", "POST", "api/inventory/12/confirm", ""), 200,
                "application/json"));
        assertThat(confirmed.getInt("unitsConfirmed")).isGreaterThanOrEqualTo(1);
        assertThat(Http.object(get("viewer", "api/units/" + id)).getBoolean("stale")).isFalse();
        JsonObject after = Http.array(get("viewer", "api/inventory/freshness?region=12")).getJsonObject(0);
        assertThat(after.getJsonNumber("staleUnits").longValue()).isZero();
        assertThat(after.getBoolean("inventoryStale")).isFalse();
        assertThat(Http.array(get("viewer", "api/units/" + id + "/history")).getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action"))).contains("CONFIRM");
    }

    @Test
    void aWriteAnswersWhatAReadOfTheUnitAnswersAndKatastroflageShortensTheIntervalEverywhere() throws SQLException {
        String org = organisation("editor-skane", SKANE, "REGION");
        HttpResponse<String> created = send("editor-skane", "POST", "api/units",
                unit("SAME " + run, org, SKANE, null, 55.7, 13.2, "ventilator"));
        String id = Http.object(Http.expect(created, 201, "application/json")).getString("id");
        // Byte for byte: the write reads the unit back through the read path, so no field (a timestamp's
        // precision, availableNow, stale) can differ from what every later read shows.
        assertThat(created.body()).isEqualTo(get("editor-skane", "api/units/" + id).body());

        // Confirmed two days ago: fresh under Skåne's 30-day interval, stale once katastrofläge caps it at a day.
        try (Connection db = database(); Statement st = db.createStatement()) {
            st.executeUpdate("UPDATE transport_unit SET last_confirmed_at = now() - interval '2 days' WHERE id = '" + id + "'");
        }
        assertThat(Http.object(get("viewer", "api/units/" + id)).getBoolean("stale")).isFalse();
        JsonObject level = Http.object(get("editor-skane", "api/readiness/12"));
        Http.expect(send("editor-skane", "PUT", "api/readiness/12", "{\"level\":\"DISASTER\",\"reason\":\"test " + run + "\"}",
                "If-Match", "\"v" + level.getJsonNumber("version").longValue() + "\""), 200, "application/json");
        try {
            assertThat(Http.object(get("viewer", "api/units/" + id)).getBoolean("stale")).isTrue();
            JsonObject skane = Http.array(get("viewer", "api/inventory/freshness?region=12")).getJsonObject(0);
            assertThat(skane.getString("intervalInForce")).isEqualTo("PT24H");
            assertThat(skane.getJsonNumber("staleUnits").longValue()).isGreaterThanOrEqualTo(1);

            HttpResponse<String> reported = send("editor-skane", "PUT", "api/units/" + id + "/status",
                    "{\"status\":\"ASSIGNED\"}", "If-Match", "\"v1\"");
            JsonObject assigned = Http.object(Http.expect(reported, 200, "application/json"));
            assertThat(assigned.getBoolean("stale")).isFalse();
            assertThat(reported.body()).isEqualTo(get("editor-skane", "api/units/" + id).body());
            HttpResponse<String> replaced = send("editor-skane", "PUT", "api/units/" + id,
                    unit("SAME " + run, org, SKANE, null, 55.8, 13.1, "ventilator", "winter"), "If-Match", "\"v2\"");
            Http.expect(replaced, 200, "application/json");
            assertThat(replaced.body()).isEqualTo(get("editor-skane", "api/units/" + id).body());

            // The audit trail keeps the unit as it was read: stale before the report, fresh after it.
            JsonObject report = Http.array(get("viewer", "api/units/" + id + "/history")).getValuesAs(JsonObject.class)
                    .stream().filter(e -> e.getString("action").equals("STATUS")).findFirst().orElseThrow();
            assertThat(report.getJsonObject("before").getBoolean("stale")).isTrue();
            assertThat(report.getJsonObject("after").getBoolean("stale")).isFalse();
        } finally {
            JsonObject now = Http.object(get("editor-skane", "api/readiness/12"));
            send("editor-skane", "PUT", "api/readiness/12", "{\"level\":\"NORMAL\",\"reason\":\"test over\"}",
                    "If-Match", "\"v" + now.getJsonNumber("version").longValue() + "\"");
        }
    }

    // --- Lists and paging ----------------------------------------------------------------------------

    @Test
    void cursorPagingWalksAFilteredListOnceInOrder() {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add("PG" + run + "-" + i);
            createUnit("editor-jamtland", org, JAMTLAND, made.get(i), 63.0, 14.0 + i * 0.01);
        }
        List<String> seen = new ArrayList<>();
        String next = "api/units?region=23&kind=ROAD_AMBULANCE&limit=3&sort=callSign";
        int pages = 0;
        while (next != null && pages < 10_000) {
            JsonObject page = Http.object(Http.expect(get("viewer", next), 200, "application/json"));
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(u -> seen.add(u.getString("callSign")));
            next = page.containsKey("next") && page.get("next").getValueType() == JsonValue.ValueType.STRING
                    ? URI.create(page.getString("next")).toString().replaceFirst("^.*?/api/", "api/") : null;
            pages++;
        }
        List<String> ours = seen.stream().filter(s -> s.startsWith("PG" + run)).toList();
        assertThat(ours).containsExactlyElementsOf(made);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).isSorted();
    }

    // --- Import and export ---------------------------------------------------------------------------

    @Test
    void aCsvImportAppliesEveryRowOrNoneAndReportsEachProblemByRowAndField() throws Exception {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        StringBuilder csv = new StringBuilder(header());
        for (int i = 1; i <= 5; i++) {
            csv.append(row("IMP" + run + "-" + i, org, JAMTLAND, "63.1", "14." + i)).append("\r\n");
        }
        JsonObject dry = runImport("editor-jamtland", "csv", true, csv.toString());
        assertThat(dry.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(dry.getInt("created")).isEqualTo(5);
        assertThat(listCallSigns("viewer", "api/units?region=23&limit=1000")).noneMatch(s -> s.startsWith("IMP" + run));

        JsonObject done = runImport("editor-jamtland", "csv", false, csv.toString());
        assertThat(done.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("rowsApplied")).isEqualTo(5);
        assertThat(listCallSigns("viewer", "api/units?region=23&limit=1000").stream().filter(s -> s.startsWith("IMP" + run)))
                .hasSize(5);

        // Re-import with one row changed and four bad rows: nothing applies, each problem is named.
        String bad = csv.toString().replace(row("IMP" + run + "-2", org, JAMTLAND, "63.1", "14.2"),
                        row("IMP" + run + "-2", org, JAMTLAND, "95", "14.2"))
                .replace(row("IMP" + run + "-3", org, JAMTLAND, "63.1", "14.3"),
                        row("IMP" + run + "-3", org, "12", "63.1", "14.3").replace("ROAD_AMBULANCE", "SPACESHIP"))
                .replace(row("IMP" + run + "-4", org, JAMTLAND, "63.1", "14.4"),
                        row("IMP" + run + "-4", org, JAMTLAND, "63.1", "14.4").replace("ADVANCED,1,2,", "ADVANCED,-1,2,"))
                + row("IMP" + run + "-1", org, JAMTLAND, "63", "14") + "\r\n";
        JsonObject failed = runImport("editor-jamtland", "csv", false, bad);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        List<String> problems = failed.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + ":" + e.getString("field")).toList();
        assertThat(problems).contains("3:latitude", "4:kind", "4:home_region", "5:lying", "7:call_sign");
        assertThat(Http.object(get("viewer", "api/units?region=23&limit=1000")).toString()).doesNotContain("\"latitude\":95");

        // The export is the import format: it reads back in unchanged (as updates of the same units).
        String exported = get("viewer", "api/units/export?format=csv&region=23").body();
        assertThat(exported.lines().findFirst()).contains(String.join(",", header().strip().split(",")));
        String ours = exported.lines().filter(l -> l.startsWith("IMP" + run) || l.startsWith("call_sign"))
                .collect(Collectors.joining("\r\n")) + "\r\n";
        JsonObject again = runImport("editor-jamtland", "csv", true, ours);
        assertThat(again.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(again.getInt("updated")).isEqualTo(5);
    }

    @Test
    void malformedFilesAreRefusedWithAReasonAndChangeNothing() throws Exception {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        String good = row("MAL" + run, org, JAMTLAND, "63.1", "14.1");

        JsonObject columns = runImport("editor-jamtland", "csv", false, header() + "A,B,C\r\n" + good + "\r\n");
        assertThat(columns.getString("state")).isEqualTo("FAILED");
        assertThat(columns.getJsonArray("errors").getJsonObject(0).getString("reason")).contains("columns");

        JsonObject quoting = runImport("editor-jamtland", "csv", false, header() + good + "\r\n\"MAL2,unclosed\r\n");
        assertThat(quoting.getString("state")).isEqualTo("FAILED");
        assertThat(quoting.getString("message")).contains("quot");

        byte[] latin1 = (header() + good.replace("MAL" + run, "MÅL" + run) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        JsonObject encoding = runImport("editor-jamtland", "csv", false, latin1);
        assertThat(encoding.getString("state")).isEqualTo("FAILED");
        assertThat(encoding.getString("message")).contains("UTF-8");

        JsonObject headerless = runImport("editor-jamtland", "csv", false, good + "\r\n");
        assertThat(headerless.getString("state")).isEqualTo("FAILED");

        String line = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[14,63],[15,63]]},\"properties\":{\"call_sign\":\"GEO" + run + "\",\"kind\":\"ROAD_AMBULANCE\","
                + "\"organisation\":\"" + org + "\",\"home_region\":\"23\",\"status\":\"AVAILABLE\",\"care_level\":\"ADVANCED\"}}]}";
        JsonObject geometry = runImport("editor-jamtland", "geojson", false, line);
        assertThat(geometry.getString("state")).isEqualTo("FAILED");
        assertThat(geometry.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("geometry");

        assertThat(listCallSigns("viewer", "api/units?region=23&limit=1000"))
                .noneMatch(s -> s.startsWith("MAL") && s.endsWith(run)).doesNotContain("GEO" + run);
    }

    @Test
    void anImportOf100000RowsThatFailsAtRow99999LeavesNothingBehind() throws Exception {
        String org = organisation("editor-jamtland", JAMTLAND, "REGION");
        StringBuilder csv = new StringBuilder(header());
        int rows = 100_000;
        for (int i = 1; i <= rows; i++) {
            String lat = i == 99_998 ? "-91" : "63." + (i % 1000);
            csv.append(row("BIG" + run + "-" + i, org, JAMTLAND, lat, "14." + (i % 1000))).append("\r\n");
        }
        long before = unitCount();
        JsonObject failed = runImport("editor-jamtland", "csv", false, csv.toString());
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getInt("rowsChecked")).isEqualTo(rows);
        // Data row 99 998 is line 99 999 of the file (the header is line 1).
        JsonObject problem = failed.getJsonArray("errors").getJsonObject(0);
        assertThat(problem.getInt("row")).isEqualTo(99_999);
        assertThat(problem.getString("field")).isEqualTo("latitude");
        assertThat(unitCount()).isEqualTo(before);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private URI at(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private HttpResponse<String> get(String user, String path) {
        return Http.getAs(user, at(path));
    }

    private HttpResponse<String> send(String user, String method, String path, String json, String... headers) {
        return Http.sendAs(user, method, at(path), json == null ? null : "application/json", json, headers);
    }

    private static void noContent(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private String organisation(String user, String region, String sector) {
        String code = "ORG-" + run;
        String body = "{\"code\":\"" + code + "\",\"name\":\"Testorganisation " + run + "\",\"sector\":\"" + sector + "\""
                + (region == null ? "" : ",\"region\":\"" + region + "\"") + "}";
        Http.expect(send(user, "POST", "api/organisations", body), 201, "application/json");
        return code;
    }

    private String base(String user, String region, String org, double lat, double lon) {
        String code = "BASE-" + run;
        Http.expect(send(user, "POST", "api/bases", "{\"code\":\"" + code + "\",\"name\":\"Station " + run + "\","
                + "\"kind\":\"AMBULANCE_STATION\",\"region\":\"" + region + "\",\"organisation\":\"" + org + "\","
                + "\"position\":{\"latitude\":" + lat + ",\"longitude\":" + lon + "}}"), 201, "application/json");
        return code;
    }

    private static String unit(String callSign, String org, String region, String base, double lat, double lon,
                               String... capabilities) {
        return unitFrom(callSign, org, region, base, lat, lon, "NORMAL", capabilities);
    }

    private static String unitFrom(String callSign, String org, String region, String base, double lat, double lon,
                                   String availableFrom, String... capabilities) {
        String caps = java.util.Arrays.stream(capabilities).map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
        return "{\"callSign\":\"" + callSign + "\",\"kind\":\"ROAD_AMBULANCE\",\"tier\":2,\"organisation\":\"" + org + "\","
                + "\"homeRegion\":\"" + region + "\"," + (base == null ? "" : "\"base\":\"" + base + "\",")
                + "\"status\":\"AVAILABLE\",\"careLevel\":\"ADVANCED\","
                + "\"capacity\":{\"lying\":1,\"seated\":2,\"wheelchair\":0,\"incubator\":0},"
                + "\"crew\":[\"EMT\",\"AMBULANCE_NURSE\"],\"capabilities\":[" + caps + "],\"availableFrom\":\"" + availableFrom + "\","
                + "\"position\":{\"latitude\":" + lat + ",\"longitude\":" + lon + "}}";
    }

    private String createUnit(String user, String org, String region, String callSign, double lat, double lon,
                              String... capabilities) {
        JsonObject unit = Http.object(Http.expect(send(user, "POST", "api/units",
                unit(callSign, org, region, null, lat, lon, capabilities)), 201, "application/json"));
        return unit.getString("id");
    }

    private String createUnitAs(String user, String org, String region, String callSign, double lat, double lon,
                                String availableFrom) {
        JsonObject unit = Http.object(Http.expect(send(user, "POST", "api/units",
                unitFrom(callSign, org, region, null, lat, lon, availableFrom)), 201, "application/json"));
        return unit.getString("id");
    }

    private List<String> listCallSigns(String user, String path) {
        JsonObject page = Http.object(Http.expect(get(user, path), 200, "application/json"));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(u -> u.getString("callSign")).toList();
    }

    private static List<String> codes(HttpResponse<String> list) {
        return Http.array(Http.expect(list, 200, "application/json")).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code")).toList();
    }

    private static List<String> ids(JsonArray units) {
        return units.getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")).toList();
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private static String header() {
        return "call_sign,registration,kind,tier,organisation,home_region,base,status,care_level,lying,seated,wheelchair,"
                + "incubator,crew,capabilities,operating_hours,dispatch_by,available_from,latitude,longitude,sensitive\r\n";
    }

    private static String row(String callSign, String org, String region, String lat, String lon) {
        return callSign + ",,ROAD_AMBULANCE,2," + org + "," + region + ",,AVAILABLE,ADVANCED,1,2,0,0,EMT;AMBULANCE_NURSE,"
                + "ventilator,24/7,SOS Alarm,NORMAL," + lat + "," + lon + ",false";
    }

    private JsonObject runImport(String user, String format, boolean dryRun, String body) throws InterruptedException {
        return runImport(user, format, dryRun, body.getBytes(StandardCharsets.UTF_8));
    }

    private JsonObject runImport(String user, String format, boolean dryRun, byte[] body) throws InterruptedException {
        HttpResponse<String> accepted = Http.send(HttpRequest.newBuilder(at("api/units/import?format=" + format
                        + "&dryRun=" + dryRun))
                .header("Authorization", "Bearer " + Tokens.forUser(user))
                .header("Content-Type", "csv".equals(format) ? "text/csv" : "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        URI job = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonObject state = Http.object(Http.getAs(user, job));
            String s = state.getString("state");
            if (s.equals("SUCCEEDED") || s.equals("FAILED")) {
                return state;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import did not finish within 5 minutes: " + job);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("samverkan.db.url"),
                System.getProperty("samverkan.db.user"), System.getProperty("samverkan.db.password"));
    }

    private static long unitCount() throws SQLException {
        try (Connection db = database(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM transport_unit")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
