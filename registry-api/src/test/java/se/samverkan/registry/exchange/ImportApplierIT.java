package se.samverkan.registry.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import se.samverkan.migrations.SchemaMigrations;

/**
 * The import's apply step against real PostGIS, without the container: rows are applied slice by slice
 * with the rows-applied count moving through the second half, creates and updates land with their audit
 * rows, and nothing is left behind (each test runs in a transaction it rolls back, so the shared test
 * database is untouched).
 */
class ImportApplierIT {

    private static final String REGION = "23";
    private static final int ROWS = 4_500;

    private static PGSimpleDataSource database;

    @TempDir
    Path dir;

    @BeforeAll
    static void migrate() {
        database = new PGSimpleDataSource();
        database.setURL(System.getProperty("samverkan.db.url", "jdbc:postgresql://localhost:55432/samverkan_test"));
        database.setUser(System.getProperty("samverkan.db.user", "samverkan"));
        database.setPassword(System.getProperty("samverkan.db.password", "samverkan"));
        SchemaMigrations.forDataSource(database).migrate();
    }

    @Test
    void rowsAreAppliedSliceBySliceAndTheCountMovesThroughTheSecondHalf() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Path file = csv(run);
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try {
                UUID org = organisation(c, run);
                UUID base = base(c, run, org);
                UnitImport.References refs = new UnitImport.References(
                        Map.of("APPLIER-" + run, new UnitImport.References.Owner(org, REGION, false)),
                        Map.of("APPLIER-BASE-" + run, new UnitImport.References.Owner(base, REGION, false)), Map.of());
                List<Integer> progress = new ArrayList<>();

                new ImportApplier().applyIn(c, file, UnitImport.Format.CSV, refs, "import-test", progress::add, () -> { });

                assertThat(progress).isSorted().last().isEqualTo(ROWS);
                // 4 500 rows in slices of 1 000: five steps after the copy's half, four of them before the end.
                assertThat(progress).filteredOn(n -> n > ROWS / 2 && n < ROWS).hasSize(4);
                Map<String, UUID> created = units(c, run);
                assertThat(created).hasSize(ROWS);
                assertThat(count(c, "SELECT count(*) FROM audit_entry WHERE action = 'IMPORT_CREATE' AND before IS NULL"
                        + " AND entity_id = ANY (?)", created)).isEqualTo(ROWS);
                // The trail holds each unit as the API shows it: owner and base by code and name, a unit without a
                // base has no "base" key, position in degrees.
                assertThat(audit(c, "after", created.get("AP" + run + "-2"), "IMPORT_CREATE")).isEqualTo(List.of(
                        "AP" + run + "-2", "APPLIER-" + run, "Import applier test " + run, "REGION",
                        "APPLIER-BASE-" + run + " Base " + run, "63.0002", "14.5", "[\"defibrillator\"]", "2", "0"));
                assertThat(audit(c, "after", created.get("AP" + run + "-3"), "IMPORT_CREATE").get(4)).isEqualTo("no base");

                // The same file again, now as updates of the units it created (their temporary tables dropped
                // by hand: within one transaction they live until its end).
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TABLE import_unit, import_before");
                }
                Map<String, UnitImport.References.Existing> existing = new HashMap<>();
                created.forEach((callSign, id) -> existing.put(callSign, new UnitImport.References.Existing(id, REGION, false)));
                List<Integer> again = new ArrayList<>();
                new ImportApplier().applyIn(c, file, UnitImport.Format.CSV,
                        new UnitImport.References(refs.organisations(), Map.of(), existing), "import-test", again::add, () -> { });

                assertThat(again).isSorted().last().isEqualTo(ROWS);
                assertThat(units(c, run)).isEqualTo(created);
                assertThat(count(c, "SELECT count(*) FROM transport_unit WHERE version = 1 AND id = ANY (?)", created))
                        .isEqualTo(ROWS);
                assertThat(count(c, "SELECT count(*) FROM audit_entry WHERE action = 'IMPORT_UPDATE' AND before IS NOT NULL"
                        + " AND entity_id = ANY (?)", created)).isEqualTo(ROWS);
                UUID second = created.get("AP" + run + "-2");
                assertThat(audit(c, "before", second, "IMPORT_UPDATE"))
                        .isEqualTo(audit(c, "after", second, "IMPORT_CREATE"));
                assertThat(audit(c, "after", second, "IMPORT_UPDATE").get(9)).isEqualTo("1");
            } finally {
                c.rollback();
            }
        }
        try (Connection c = database.getConnection()) {
            assertThat(units(c, run)).isEmpty();
        }
    }

    @Test
    void anApplyWhoseCheckHasFailedStopsAndLeavesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Path file = csv(run);
        UUID org;
        // The apply writes on a connection of its own, so its organisation must be committed (left behind, like
        // the organisations of the other integration tests; its code is this run's).
        try (Connection c = database.getConnection()) {
            org = organisation(c, run);
        }
        ImportApplier applier = new ImportApplier();
        applier.url = database.getURL();
        applier.user = database.getUser();
        applier.password = database.getPassword();
        List<Integer> progress = new ArrayList<>();

        assertThatThrownBy(() -> applier.apply(file, UnitImport.Format.CSV, new UnitImport.References(
                        Map.of("APPLIER-" + run, new UnitImport.References.Owner(org, REGION, false)), Map.of(), Map.of()),
                "import-test", progress::add, CompletableFuture.completedFuture(false)))
                .isInstanceOf(CancellationException.class);

        assertThat(progress).as("stopped at its first report").isEmpty();
        try (Connection c = database.getConnection()) {
            assertThat(units(c, run)).isEmpty();
        }
    }

    private Path csv(String run) throws Exception {
        StringBuilder csv = new StringBuilder("call_sign,registration,kind,tier,organisation,home_region,base,status,"
                + "care_level,lying,seated,wheelchair,incubator,crew,capabilities,operating_hours,dispatch_by,available_from,"
                + "latitude,longitude,sensitive\r\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("AP").append(run).append('-').append(i).append(",,ROAD_AMBULANCE,2,APPLIER-").append(run)
                    .append(',').append(REGION).append(',').append(i % 2 == 0 ? "APPLIER-BASE-" + run : "")
                    .append(",AVAILABLE,ADVANCED,1,2,0,0,EMT,defibrillator,24/7,SOS Alarm,NORMAL,")
                    .append(63 + i / 10_000.0).append(",14.5,false\r\n");
        }
        Path file = dir.resolve("units.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static UUID organisation(Connection c, String run) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO organisation (code, name, sector, region_code) VALUES (?, ?, 'REGION', ?) RETURNING id")) {
            st.setString(1, "APPLIER-" + run);
            st.setString(2, "Import applier test " + run);
            st.setString(3, REGION);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return (UUID) rs.getObject(1);
            }
        }
    }

    private static UUID base(Connection c, String run, UUID organisation) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO base (code, name, kind, region_code, organisation_id, position)
                VALUES (?, ?, 'AMBULANCE_STATION', ?, ?, 'SRID=4326;POINT(14.5 63.2)') RETURNING id""")) {
            st.setString(1, "APPLIER-BASE-" + run);
            st.setString(2, "Base " + run);
            st.setString(3, REGION);
            st.setObject(4, organisation);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return (UUID) rs.getObject(1);
            }
        }
    }

    /** Fields of one audit JSON ({@code column} before or after) of a unit's entry with {@code action}. */
    private static List<String> audit(Connection c, String column, UUID unit, String action) throws SQLException {
        String j = column.equals("before") ? "before" : "after"; // a column name, never user input
        try (PreparedStatement st = c.prepareStatement("SELECT j->>'callSign', j->'organisation'->>'code',"
                + " j->'organisation'->>'name', j->'organisation'->>'sector',"
                + " CASE WHEN j->'base' IS NOT NULL THEN (j->'base'->>'code') || ' ' || (j->'base'->>'name') ELSE 'no base' END,"
                + " j->'position'->>'latitude', j->'position'->>'longitude', j->>'capabilities', j->'capacity'->>'seated',"
                + " j->>'version' FROM (SELECT " + j + " AS j FROM audit_entry WHERE entity_id = ? AND action = ?) a")) {
            st.setObject(1, unit);
            st.setString(2, action);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("an %s entry for %s", action, unit).isTrue();
                List<String> fields = new ArrayList<>();
                for (int i = 1; i <= 10; i++) {
                    fields.add(rs.getString(i));
                }
                assertThat(rs.next()).as("one %s entry for %s", action, unit).isFalse();
                return fields;
            }
        }
    }

    private static Map<String, UUID> units(Connection c, String run) throws SQLException {
        Map<String, UUID> units = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT call_sign, id FROM transport_unit WHERE call_sign LIKE ?")) {
            st.setString(1, "AP" + run + "-%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    units.put(rs.getString(1), (UUID) rs.getObject(2));
                }
            }
        }
        return units;
    }

    private static long count(Connection c, String sql, Map<String, UUID> units) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("uuid", units.values().toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
