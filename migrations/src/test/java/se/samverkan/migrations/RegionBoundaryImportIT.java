package se.samverkan.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The region-outline import against the real PostGIS, on a throw-away database migrated from scratch:
 * a good file replaces every outline in one go; a bad one is refused with its reasons and changes nothing.
 */
class RegionBoundaryImportIT {

    private static final Path SHIPPED = Path.of("reference/sweden-regions.geojson");

    private ThrowAwayDatabase db;
    private JsonObject shipped;

    @BeforeEach
    void migratedThrowAwayDatabase() throws SQLException, IOException {
        db = ThrowAwayDatabase.create("samverkan_region_import_it");
        db.migrations().migrate();
        shipped = Json.createReader(new StringReader(Files.readString(SHIPPED, StandardCharsets.UTF_8))).readObject();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.drop();
    }

    @Test
    void aCompleteFileReplacesEveryOutlineInOneGo() throws Exception {
        // Gotland's outline replaced by a box around the island: a visible change to check for.
        JsonObject file = withFeatures(f -> code(f) == 9
                ? geometry(f, "{\"type\":\"Polygon\",\"coordinates\":[[[18.0,56.9],[19.4,56.9],[19.4,58.0],[18.0,58.0],[18.0,56.9]]]}")
                : f);

        RegionBoundaryImport.Outcome outcome = importing(file.toString(), "l_id");

        assertThat(outcome.regionsReplaced()).isEqualTo(21);
        assertThat(db.queryLong("SELECT count(*) FROM region WHERE version = 1")).isEqualTo(21);
        assertThat(db.queryLong("SELECT round(ST_Area(boundary::geometry) * 100) FROM region WHERE code = '09'")).isEqualTo(154);
        assertThat(db.queryLong("SELECT count(*) FROM region WHERE GeometryType(boundary::geometry) <> 'MULTIPOLYGON'")).isZero();
    }

    @Test
    void theCommandLineImportsAFileAndNamesTheCodeProperty(@TempDir Path dir) throws Exception {
        // County codes as strings under another property name, as an official file might have them.
        JsonObject file = withFeatures(f -> Json.createObjectBuilder(f)
                .add("properties", Json.createObjectBuilder().add("lan_kod", String.format("%02d", code(f)))).build());
        Path path = dir.resolve("regions.geojson");
        Files.writeString(path, file.toString(), StandardCharsets.UTF_8);
        String before = db.regionsFingerprint();

        java.util.Map<String, String> environment = java.util.Map.of(
                "SAMVERKAN_DB_URL", db.url, "SAMVERKAN_DB_USER", ThrowAwayDatabase.ADMIN_USER, "SAMVERKAN_DB_PASSWORD", "");

        assertThat(RegionImportCommand.run(new String[] {path.toString()}, environment::get)).as("l_id is absent").isEqualTo(1);
        assertThat(db.regionsFingerprint()).isEqualTo(before);
        assertThat(RegionImportCommand.run(new String[] {}, environment::get)).as("no file").isEqualTo(2);
        assertThat(RegionImportCommand.run(new String[] {path.toString(), "--code-property", "lan_kod"}, environment::get))
                .isZero();
        assertThat(db.queryLong("SELECT count(*) FROM region WHERE version = 1")).isEqualTo(21);
    }

    @Test
    void aMissingRegionIsRefusedAndNothingChanges() throws Exception {
        String before = db.regionsFingerprint();
        JsonObject file = withFeatures(f -> code(f) == 23 ? null : f);

        assertThatThrownBy(() -> importing(file.toString(), "l_id"))
                .isInstanceOf(RegionBoundaryImport.RefusedException.class)
                .hasMessageContaining("region 23 (Region Jämtland Härjedalen) is missing");
        assertThat(db.regionsFingerprint()).isEqualTo(before);
    }

    @Test
    void anInvalidGeometryIsRefusedNamingTheRegion() throws Exception {
        String before = db.regionsFingerprint();
        // A bow tie: the ring crosses itself.
        JsonObject file = withFeatures(f -> code(f) == 3
                ? geometry(f, "{\"type\":\"Polygon\",\"coordinates\":[[[17,59.5],[18,60.5],[18,59.5],[17,60.5],[17,59.5]]]}")
                : f);

        assertThatThrownBy(() -> importing(file.toString(), "l_id"))
                .hasMessageContaining("region 03: invalid geometry").hasMessageContaining("Self-intersection");
        assertThat(db.regionsFingerprint()).isEqualTo(before);
    }

    @Test
    void projectedCoordinatesAndDuplicatesAndPointsAreRefusedTogether() throws Exception {
        String before = db.regionsFingerprint();
        JsonObject projected = withFeatures(f -> code(f) == 1
                ? geometry(f, "{\"type\":\"Polygon\",\"coordinates\":[[[674000,6580000],[684000,6580000],[684000,6590000],[674000,6580000]]]}")
                : f);
        assertThatThrownBy(() -> importing(projected.toString(), "l_id"))
                .hasMessageContaining("region 01").hasMessageContaining("SWEREF 99 TM");

        JsonObject twiceAndPoint = withFeatures(f -> code(f) == 25
                ? Json.createObjectBuilder(f).add("properties", Json.createObjectBuilder().add("l_id", 24)).build()
                : code(f) == 12 ? geometry(f, "{\"type\":\"Point\",\"coordinates\":[13,55.6]}") : f);
        assertThatThrownBy(() -> importing(twiceAndPoint.toString(), "l_id"))
                .satisfies(e -> assertThat(((RegionBoundaryImport.RefusedException) e).problems()).anySatisfy(
                        p -> assertThat(p).contains("region 24 appears 2 times")).anySatisfy(
                        p -> assertThat(p).contains("Polygon or MultiPolygon, was Point")).anySatisfy(
                        p -> assertThat(p).contains("region 25 (Region Norrbotten) is missing")));
        assertThat(db.regionsFingerprint()).isEqualTo(before);
    }

    @Test
    void somethingThatIsNotAFeatureCollectionIsRefused() {
        assertThatThrownBy(() -> importing("{not json", "l_id")).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> importing("{\"type\":\"Feature\"}", "l_id")).hasMessageContaining("FeatureCollection");
    }

    private RegionBoundaryImport.Outcome importing(String geoJson, String codeProperty) throws Exception {
        try (Connection c = db.connect()) {
            return new RegionBoundaryImport(c).replaceBoundaries(geoJson, codeProperty);
        }
    }

    /** The shipped file with each feature mapped (null drops it). */
    private JsonObject withFeatures(Function<JsonObject, JsonObject> change) {
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (JsonValue value : shipped.getJsonArray("features")) {
            JsonObject changed = change.apply(value.asJsonObject());
            if (changed != null) {
                features.add(changed);
            }
        }
        return Json.createObjectBuilder(shipped).add("features", features).build();
    }

    private static int code(JsonObject feature) {
        return feature.getJsonObject("properties").getInt("l_id");
    }

    private static JsonObject geometry(JsonObject feature, String geometry) {
        return Json.createObjectBuilder(feature)
                .add("geometry", Json.createReader(new StringReader(geometry)).readObject()).build();
    }
}
