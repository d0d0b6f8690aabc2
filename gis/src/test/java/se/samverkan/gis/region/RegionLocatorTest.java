package se.samverkan.gis.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.gis.GeoPoint;

/**
 * Against the shipped outlines (migrations/reference/sweden-regions.geojson, sources in the README there),
 * read from the checkout so the test always sees the file the database gets.
 */
class RegionLocatorTest {

    static final Path REGIONS = Path.of("../migrations/reference/sweden-regions.geojson");
    static final Path SEATS = Path.of("../migrations/reference/regions.csv");

    static RegionLocator locator;

    @BeforeAll
    static void readOutlines() throws IOException {
        try (InputStream in = Files.newInputStream(REGIONS)) {
            locator = RegionLocator.fromGeoJson(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Stockholm,  59.3293, 18.0686, 01",
        "Göteborg,   57.7089, 11.9746, 14",
        "Malmö,      55.6050, 13.0038, 12",
        "Visby,      57.6348, 18.2948, 09",
        "Östersund,  63.1792, 14.6357, 23",
        "Kiruna,     67.8558, 20.2253, 25",
        "Jönköping,  57.7826, 14.1618, 06",
        "Mora,       61.0070, 14.5430, 20",
    })
    void aPointInsideARegionIsFoundInsideIt(String place, double lat, double lon, String code) {
        RegionMatch match = locator.locate(new GeoPoint(lat, lon));

        assertThat(match.code()).as(place).isEqualTo(code);
        assertThat(match.inside()).isTrue();
        assertThat(match.distanceMetres()).isZero();
    }

    @Test
    void everyCountySeatLiesInItsOwnRegion() throws IOException {
        List<String> lines = Files.readAllLines(SEATS, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",");
        int code = List.of(header).indexOf("code");
        int lat = List.of(header).indexOf("seat_lat");
        int lon = List.of(header).indexOf("seat_lon");
        assertThat(lines).hasSize(22);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            RegionMatch match = locator.locate(new GeoPoint(Double.parseDouble(f[lat]), Double.parseDouble(f[lon])));
            assertThat(match.code()).as(line).isEqualTo(f[code]);
        }
    }

    @Test
    void aPointInTheSeaAnswersTheNearestRegionAndSaysSo() {
        // In the Baltic 20 km east of Gotland's east coast at Östergarn: no outline covers it.
        RegionMatch match = locator.locate(new GeoPoint(57.43, 19.20));

        assertThat(match.inside()).isFalse();
        assertThat(match.code()).isEqualTo("09");
        assertThat(match.distanceMetres()).isBetween(5_000.0, 40_000.0);
    }

    @Test
    void aPointAbroadAnswersTheNearestRegionAcrossTheBorder() {
        // Narvik, Norway: across the border from Norrbotten.
        RegionMatch match = locator.locate(new GeoPoint(68.4385, 17.4273));

        assertThat(match.inside()).isFalse();
        assertThat(match.code()).isEqualTo("25");
        assertThat(match.distanceMetres()).isBetween(10_000.0, 60_000.0);
    }

    @Test
    void twentyOneRegionsAreRead() throws IOException {
        try (InputStream in = Files.newInputStream(REGIONS)) {
            List<RegionArea> areas = RegionAreas.read(in);
            assertThat(areas).hasSize(21);
            assertThat(areas).extracting(RegionArea::code).doesNotHaveDuplicates().contains("01", "03", "25");
            assertThat(areas).allSatisfy(a -> assertThat(a.outline().isValid()).as(a.code()).isTrue());
        }
    }

    @Test
    void aStringCountyCodeAndAPolygonAreAccepted() {
        RegionArea area = RegionAreas.read(json("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"l_id":"3","name":"Uppsala"},
                 "geometry":{"type":"Polygon","coordinates":[[[17,59],[18,59],[18,60],[17,60],[17,59]]]}}]}
                """)).get(0);

        assertThat(area.code()).isEqualTo("03");
        assertThat(area.name()).isEqualTo("Uppsala");
        assertThat(area.outline().getNumGeometries()).isEqualTo(1);
    }

    @Test
    void wrongInputIsRefusedNamingTheFeature() {
        assertThatThrownBy(() -> RegionAreas.read(json("{\"type\":\"Feature\"}")))
                .hasMessageContaining("FeatureCollection");
        assertThatThrownBy(() -> RegionAreas.read(json("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"X"},
                 "geometry":{"type":"Point","coordinates":[17,59]}}]}""")))
                .hasMessageContaining("feature 1").hasMessageContaining("l_id");
        assertThatThrownBy(() -> RegionAreas.read(json("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"l_id":1},
                 "geometry":{"type":"Point","coordinates":[17,59]}}]}""")))
                .hasMessageContaining("Polygon or MultiPolygon");
        assertThatThrownBy(() -> RegionAreas.read(json("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"l_id":1},
                 "geometry":{"type":"Polygon","coordinates":[[[17,59],[18,59],[18,95],[17,59]]]}}]}""")))
                .hasMessageContaining("longitude, latitude");
    }

    @Test
    void aRegionTwiceIsRefused() {
        List<RegionArea> areas = RegionAreas.read(json("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"l_id":1},"geometry":{"type":"Polygon","coordinates":[[[17,59],[18,59],[18,60],[17,59]]]}},
                 {"type":"Feature","properties":{"l_id":"01"},"geometry":{"type":"Polygon","coordinates":[[[17,59],[18,59],[18,60],[17,59]]]}}]}"""));

        assertThatThrownBy(() -> new RegionLocator(areas)).hasMessageContaining("01");
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
