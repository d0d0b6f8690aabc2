package se.samverkan.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
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
 * The region API end to end: the shipped WAR on a real Payara Micro, reading the real PostGIS database
 * that {@code ./samverkan test} prepared and the application migrated at start.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegionApiIT {

    private static final List<String> COUNTY_CODES = List.of(
            "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
            "14", "17", "18", "19", "20", "21", "22", "23", "24", "25");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    private URI api(String path) {
        return URI.create(base.toString()).resolve("api/" + path);
    }

    @Test
    void listsTheTwentyOneRegionsWithSeatPointsAndBoundaries() {
        HttpResponse<String> response = Http.getAs("viewer", api("regions"), "Accept", "application/json");

        Http.expect(response, 200, "application/json");
        JsonArray regions = Http.array(response);
        assertThat(regions.getValuesAs(JsonObject.class).stream().map(r -> r.getString("code")))
                .containsExactlyElementsOf(COUNTY_CODES);
        for (JsonObject region : regions.getValuesAs(JsonObject.class)) {
            JsonObject seat = region.getJsonObject("seat");
            assertThat(seat.getString("type")).isEqualTo("Point");
            double lon = seat.getJsonArray("coordinates").getJsonNumber(0).doubleValue();
            double lat = seat.getJsonArray("coordinates").getJsonNumber(1).doubleValue();
            assertThat(lon).as("longitude of %s", region.getString("code")).isBetween(10.9, 24.2);
            assertThat(lat).as("latitude of %s", region.getString("code")).isBetween(55.3, 69.1);
            assertThat(region.getJsonObject("boundary").getString("type")).isEqualTo("MultiPolygon");
            assertThat(region.getJsonObject("healthcareRegion").getString("code")).isNotBlank();
        }
    }

    @Test
    void plainJsonIsTheDefaultForClientsThatAcceptAnything() {
        HttpResponse<String> response = Http.getAs("viewer", api("regions"), "Accept", "*/*");

        Http.expect(response, 200, "application/json");
        assertThat(Http.array(response)).hasSize(21);
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept");
    }

    @Test
    void answersOneRegionByCodeWithAnEntityTag() {
        HttpResponse<String> response = Http.getAs("viewer", api("regions/23"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject region = Http.object(response);
        assertThat(region.getString("name")).isEqualTo("Region Jämtland Härjedalen");
        assertThat(region.getString("seatName")).isEqualTo("Östersund");
        assertThat(region.getJsonObject("healthcareRegion").getString("code")).isEqualTo("NORRA");
        assertThat(region).doesNotContainKey("secondHealthcareRegion");

        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> notModified = Http.getAs("viewer", api("regions/23"), "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("Vary")).hasValue("Accept");
    }

    @Test
    void hallandBelongsToTwoHealthcareRegions() {
        JsonObject halland = Http.object(Http.getAs("viewer", api("regions/13")));

        assertThat(halland.getJsonObject("healthcareRegion").getString("code")).isEqualTo("SODRA");
        assertThat(halland.getJsonObject("secondHealthcareRegion").getString("code")).isEqualTo("VASTRA");
    }

    @Test
    void unknownCodeIsA404ProblemDetail() {
        HttpResponse<String> response = Http.getAs("viewer", api("regions/02"));

        JsonObject problem = Http.problem(response, 404);
        assertThat(problem.getString("title")).isEqualTo("Unknown region");
        assertThat(problem.getString("detail")).contains("02");
        assertThat(problem.getString("instance")).endsWith("/api/regions/02");
    }

    @Test
    void malformedCodeIsA400NamingTheParameter() {
        HttpResponse<String> response = Http.getAs("viewer", api("regions/x1"));

        JsonObject error = Http.problem(response, 400).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("code");
        assertThat(error.getString("reason")).contains("two-digit");
    }

    @Test
    void servesAGeoJsonFeatureCollectionToGisClients() {
        HttpResponse<String> response = Http.getAs("viewer", api("regions?geometry=seat"), "Accept", "application/geo+json");

        Http.expect(response, 200, "application/geo+json");
        JsonObject collection = Http.object(response);
        assertThat(collection.getString("type")).isEqualTo("FeatureCollection");
        assertThat(collection.getJsonArray("features")).hasSize(21);
        JsonObject first = collection.getJsonArray("features").getJsonObject(0);
        assertThat(first.getString("id")).isEqualTo("01");
        assertThat(first.getJsonObject("geometry").getString("type")).isEqualTo("Point");

        HttpResponse<String> bad = Http.getAs("viewer", api("regions?geometry=centroid"), "Accept", "application/geo+json");
        assertThat(Http.problem(bad, 400).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("geometry");
    }

    @Test
    void theRegionsNeedASignedInUser() {
        HttpResponse<String> response = Http.get(api("regions"));

        Http.problem(response, 401);
        assertThat(response.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.startsWith("Basic"));
    }

    @Test
    void unknownApiPathIsAProblemDetailToo() {
        HttpResponse<String> response = Http.getAs("viewer", api("no-such-thing"));

        assertThat(Http.problem(response, 404).getString("type")).isEqualTo("/problems/not-found");
    }

    @Test
    void isReadyAndPublishesItsOpenApiDocument() {
        URI root = URI.create(base.toString()).resolve("/");

        HttpResponse<String> ready = Http.get(root.resolve("health/ready"));
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject database = Http.object(ready).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        // Ready also means tokens can be checked: Keycloak's signing keys are in place.
        assertThat(Http.object(ready).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("signing-keys")).map(c -> c.getString("status")))
                .containsExactly("UP");

        HttpResponse<String> openapi = Http.get(root.resolve("openapi"), "Accept", "application/json");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("regions/{code}").contains("Samverkan API");
        // A path parameter is required; the region code's @Parameter once made it optional in the document.
        JsonObject paths = Http.object(openapi).getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/regions", "/api/regions/{code}", "/api/hospitals/events");
        JsonObject code = paths.getJsonObject("/api/regions/{code}").getJsonObject("get").getJsonArray("parameters")
                .getJsonObject(0);
        assertThat(code.getString("name")).isEqualTo("code");
        assertThat(code.getString("in")).isEqualTo("path");
        assertThat(code.getBoolean("required")).isTrue();
        assertThat(paths.getJsonObject("/api/regions").getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name"))).containsExactly("geometry");
        // The OGC API describes itself at /ogcapi/api and is left out of the application's document.
        assertThat(paths.keySet()).noneMatch(p -> p.contains("ogcapi"));

        HttpResponse<String> docs = Http.get(URI.create(base.toString()).resolve("api-docs/"));
        Http.expect(docs, 200, "text/html");
        assertThat(docs.body()).contains("swagger-ui-bundle.js");
    }

    @Test
    void theUiSettingsArePublicAndNeverAskForALogin() {
        HttpResponse<String> config = Http.get(URI.create(base.toString()).resolve("api/ui/config"));

        // A 401 with WWW-Authenticate: Basic here once made browsers show a login dialog over the map.
        Http.expect(config, 200, "application/json");
        assertThat(config.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(Http.object(config)).doesNotContainKey("tileUrl"); // none configured in tests
    }

    @Test
    void servesTheMapPageAndItsLibrary() {
        HttpResponse<String> page = Http.get(URI.create(base.toString()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("webjars/leaflet/");
    }
}
