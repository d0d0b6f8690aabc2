package se.samverkan.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The generated reference-data migration must say exactly what the reference files in the project say. */
class RegionReferenceDataTest {

    private static final List<String> OFFICIAL_COUNTY_CODES = List.of(
            "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
            "14", "17", "18", "19", "20", "21", "22", "23", "24", "25");
    private static final Pattern ROW = Pattern.compile(
            "VALUES \\('(\\d{2})', '([^']+)'.*ST_MakePoint\\(([-0-9.]+), ([-0-9.]+)\\).*ST_GeomFromGeoJSON\\('([^']+)'\\)");

    private static Map<String, JsonObject> geojsonByCode;
    private static Map<String, SqlRow> sqlByCode;

    private record SqlRow(String name, double lon, double lat, String boundaryGeoJson) {
    }

    @BeforeAll
    static void read() throws IOException {
        geojsonByCode = ReferenceRegions.geoJsonByCode();
        sqlByCode = new LinkedHashMap<>();
        String sql = Files.readString(
                Path.of("src/main/resources/db/migration/R__region_reference_data.sql"), StandardCharsets.UTF_8);
        Matcher m = ROW.matcher(sql);
        while (m.find()) {
            sqlByCode.put(m.group(1), new SqlRow(m.group(2),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), m.group(5)));
        }
    }

    @Test
    void holdsTheTwentyOneOfficialCountyCodes() {
        assertThat(geojsonByCode.keySet()).containsExactlyInAnyOrderElementsOf(OFFICIAL_COUNTY_CODES);
        assertThat(sqlByCode.keySet()).containsExactlyElementsOf(OFFICIAL_COUNTY_CODES);
    }

    @Test
    void boundariesAreTheReferencePolygonsUnchanged() {
        for (String code : OFFICIAL_COUNTY_CODES) {
            JsonObject inSql = parse(sqlByCode.get(code).boundaryGeoJson());
            assertThat(inSql).as("boundary of region %s", code).isEqualTo(geojsonByCode.get(code));
        }
    }

    @Test
    void eachSeatLiesInOrBesideItsOwnRegion() {
        var boundaries = ReferenceRegions.boundariesByCode();
        for (String code : OFFICIAL_COUNTY_CODES) {
            SqlRow row = sqlByCode.get(code);
            var seat = ReferenceRegions.FACTORY.createPoint(new Coordinate(row.lon(), row.lat()));
            var boundary = boundaries.get(code);
            // Karlskrona lies on islands the simplified outline dropped, about 4 km out: allow 0.05° (~3-5 km).
            assertThat(boundary.distance(seat)).as("seat of region %s (%s)", code, row.name()).isLessThan(0.05);
            for (String other : OFFICIAL_COUNTY_CODES) {
                if (!other.equals(code)) {
                    assertThat(boundaries.get(other).contains(seat)).as("seat of %s inside region %s", code, other).isFalse();
                }
            }
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
