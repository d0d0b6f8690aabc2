package se.samverkan.ogcapi.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.testing.Http;
import se.samverkan.testing.SamverkanDeployment;

/**
 * OGC API – Features end to end on the shipped WAR and the real PostGIS, checked over HTTP and by a real GIS
 * client: GDAL's OAPIF driver ({@code ogrinfo}, Debian gdal-bin, which {@code ./samverkan test} installs).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OgcApiIT {

    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final String SWEREF99_TM = "http://www.opengis.net/def/crs/EPSG/0/3006";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    private URI ogc(String path) {
        return URI.create(base.toString()).resolve("ogcapi" + (path.isEmpty() ? "" : "/" + path));
    }

    @Test
    void gdalSeesTheRegionsLayerWithItsTwentyOneFeatures() throws Exception {
        String out = ogrinfo("-ro", "-so", "-al", "OAPIF:" + ogc(""));

        assertThat(out).contains("Layer name: regions").contains("Geometry: Multi Polygon").contains("Feature Count: 21");
        assertThat(out).contains("code: String").contains("healthcareRegion: String");
    }

    @Test
    void gdalFiltersByBoundingBoxThroughTheServer() throws Exception {
        // The Malmö–Lund corner of Skåne: only region 12. GDAL sends the bbox; the server filters.
        String out = ogrinfo("-ro", "-so", "-spat", "12.5", "55.3", "13.0", "55.6", "OAPIF:" + ogc(""), "regions");

        assertThat(out).contains("Feature Count: 1");
    }

    @Test
    void landingPageLinksEveryPartOfTheService() {
        HttpResponse<String> response = Http.get(ogc(""), "Accept", "application/json");

        Http.expect(response, 200, "application/json");
        List<String> rels = Http.object(response).getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("rel")).toList();
        assertThat(rels).contains("self", "service-desc", "conformance", "data");
        assertThat(Http.object(response).getJsonArray("links").getJsonObject(0).getString("href")).endsWith("/ogcapi");
    }

    @Test
    void declaresCoreGeoJsonOpenApiAndCrsConformance() {
        JsonArray classes = Http.object(Http.get(ogc("conformance"))).getJsonArray("conformsTo");

        assertThat(classes.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)).containsExactlyInAnyOrder(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    }

    @Test
    void publishesItsOpenApiDocumentWithTheLimitMaximum() {
        HttpResponse<String> response = Http.get(ogc("api"));

        Http.expect(response, 200, "application/vnd.oai.openapi+json");
        JsonObject doc = Http.object(response);
        assertThat(doc.getString("openapi")).startsWith("3.0");
        assertThat(doc.getJsonObject("paths").keySet()).contains("/collections/{collectionId}/items");
        assertThat(doc.getJsonObject("components").getJsonObject("parameters").getJsonObject("limit")
                .getJsonObject("schema").getInt("maximum")).isEqualTo(10_000);
    }

    @Test
    void describesTheRegionsCollectionWithItsExtentAndCrs() {
        JsonObject regions = Http.object(Http.get(ogc("collections/regions")));

        assertThat(regions.getString("id")).isEqualTo("regions");
        assertThat(regions.getJsonArray("crs").getString(2)).isEqualTo(SWEREF99_TM);
        assertThat(regions.getString("storageCrs")).isEqualTo(CRS84);
        JsonArray bbox = regions.getJsonObject("extent").getJsonObject("spatial").getJsonArray("bbox").getJsonArray(0);
        assertThat(bbox.getJsonNumber(0).doubleValue()).isBetween(10.9, 11.3);
        assertThat(bbox.getJsonNumber(3).doubleValue()).isBetween(68.9, 69.1);
        // The inventory collections are listed for everyone; their items need a token (RegistryApiIT).
        assertThat(Http.object(Http.get(ogc("collections"))).getJsonArray("collections").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id")).containsExactly("bases", "hospitals", "regions", "units");
    }

    @Test
    void pagesThroughItemsWithNextAndPrevLinks() {
        List<String> ids = new ArrayList<>();
        URI next = ogc("collections/regions/items?limit=8");
        int pages = 0;
        while (next != null) {
            HttpResponse<String> response = Http.get(next, "Accept", "application/geo+json");
            Http.expect(response, 200, "application/geo+json");
            JsonObject page = Http.object(response);
            assertThat(page.getInt("numberMatched")).isEqualTo(21);
            page.getJsonArray("features").getValuesAs(JsonObject.class).forEach(f -> ids.add(f.getString("id")));
            next = link(page, "next");
            if (pages > 0) {
                assertThat(link(page, "prev")).isNotNull();
            }
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(21).doesNotHaveDuplicates().startsWith("01").endsWith("25");
        assertThat(Http.object(Http.get(ogc("collections/regions/items"))).getJsonArray("features"))
                .as("default limit").hasSize(10);
    }

    @Test
    void filtersByBboxInCrs84AndInSweref99Tm() {
        JsonObject crs84 = Http.object(Http.get(ogc("collections/regions/items?bbox=17.9,59.2,18.2,59.4")));
        assertThat(ids(crs84)).containsExactly("01");

        // About the same box around central Stockholm in SWEREF 99 TM (northing, easting).
        JsonObject grid = Http.object(Http.get(ogc("collections/regions/items?bbox=6575000,670000,6585000,680000&bbox-crs="
                + SWEREF99_TM)));
        assertThat(ids(grid)).containsExactly("01");
    }

    @Test
    void answersInSweref99TmWhenAskedNamingTheCrsInTheHeader() {
        HttpResponse<String> response = Http.get(ogc("collections/regions/items/01?crs=" + SWEREF99_TM));

        Http.expect(response, 200, "application/geo+json");
        assertThat(response.headers().firstValue("Content-Crs")).hasValue("<" + SWEREF99_TM + ">");
        JsonArray first = Http.object(response).getJsonObject("geometry").getJsonArray("coordinates")
                .getJsonArray(0).getJsonArray(0).getJsonArray(0);
        assertThat(first.getJsonNumber(0).doubleValue()).as("northing").isBetween(6_500_000.0, 6_700_000.0);
        assertThat(first.getJsonNumber(1).doubleValue()).as("easting").isBetween(600_000.0, 800_000.0);

        HttpResponse<String> plain = Http.get(ogc("collections/regions/items/01"));
        assertThat(plain.headers().firstValue("Content-Crs")).hasValue("<" + CRS84 + ">");
        assertThat(Http.object(plain).getJsonObject("properties").getString("name")).isEqualTo("Region Stockholm");
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "bbox=14,55,11,57                  | bbox",
        "bbox=11,57,14,55                  | bbox",
        "bbox=11,55,14,95                  | bbox",
        "bbox=a,b,c,d                      | bbox",
        "bbox=11,55,14,57&bbox-crs=EPSG:1  | bbox-crs",
        "crs=http://www.opengis.net/def/crs/EPSG/0/3857 | crs",
        "limit=10001                       | limit",
        "limit=0                           | limit",
        "offset=-1                         | offset",
        "datetime=2026-13-45               | datetime",
        "datetime=../..                    | datetime",
        "colour=red                        | colour",
    })
    void badQueryParametersAreProblemsNamingTheParameter(String query, String parameter) {
        HttpResponse<String> response = Http.get(ogc("collections/regions/items?" + query));

        JsonObject problem = Http.problem(response, 400);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(parameter);
    }

    @Test
    void aCollectionWithoutTimeAcceptsAWellFormedDatetime() {
        JsonObject page = Http.object(Http.get(ogc("collections/regions/items?datetime=2026-11-25T10:00:00Z/..&limit=50")));

        assertThat(page.getJsonArray("features")).hasSize(21);
    }

    @Test
    void unknownCollectionsAndFeaturesAre404Problems() {
        assertThat(Http.problem(Http.get(ogc("collections/ambulances")), 404).getString("detail")).contains("regions");
        Http.problem(Http.get(ogc("collections/regions/items/99")), 404);
    }

    @Test
    void theOgcAddressAppliesTheSameTokenChecksAsTheRestApi() {
        // A verified token travels with the request through /ogcapi (the forward keeps the caller) ...
        HttpResponse<String> withToken = Http.getAs("coordinator", ogc("collections/regions/items?limit=1"));
        Http.expect(withToken, 200, "application/geo+json");

        // ... and a token that does not verify is refused as at /api.
        Http.problem(Http.get(ogc("collections/regions/items"), Http.bearer("not.a.token")), 401);
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("features").getValuesAs(JsonObject.class).stream().map(f -> f.getString("id")).toList();
    }

    private static URI link(JsonObject page, String rel) {
        return page.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("rel").equals(rel)).findFirst()
                .map(l -> URI.create(l.getString("href"))).orElse(null);
    }

    private static String ogrinfo(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("ogrinfo");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("ogrinfo is missing: install Debian's gdal-bin (./samverkan test does)", e);
        }
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("ogrinfo finished in time; output so far: %s", out).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
