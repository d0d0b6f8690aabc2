package se.samverkan.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Applies the migrations to a brand-new, empty PostgreSQL database on the real PostGIS cluster that
 * {@code ./samverkan test} starts, then applies them again to prove a second run changes nothing.
 */
class MigrationsIT {

    private static final String ADMIN_URL = System.getProperty(
            "samverkan.db.admin.url", "jdbc:postgresql://localhost:55432/postgres");
    private static final String ADMIN_USER = System.getProperty("samverkan.db.admin.user", "postgres");

    private String database;
    private String url;

    @BeforeEach
    void createEmptyDatabase() throws SQLException {
        database = "samverkan_migrations_it_" + Long.toHexString(System.nanoTime());
        admin("CREATE DATABASE " + database);
        url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void applyToAnEmptyDatabaseAndAreIdempotent() throws SQLException {
        SchemaMigrations migrations = SchemaMigrations.forUrl(url, ADMIN_USER, "");
        assertThat(migrations.isUpToDate()).isFalse();

        SchemaMigrations.Outcome first = migrations.migrate();
        assertThat(first.migrationsApplied()).isGreaterThanOrEqualTo(2); // V1, V10 and the reference data
        assertThat(migrations.isUpToDate()).isTrue();
        String regionsAfterFirstRun = regionsFingerprint();

        SchemaMigrations.Outcome second = migrations.migrate();
        assertThat(second.migrationsApplied()).isZero();
        assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion());
        assertThat(regionsFingerprint()).isEqualTo(regionsAfterFirstRun);
    }

    @Test
    void loadTheTwentyOneRegionsWithValidGeographies() throws SQLException {
        SchemaMigrations.forUrl(url, ADMIN_USER, "").migrate();

        assertThat(queryLong("SELECT count(*) FROM region")).isEqualTo(21);
        assertThat(queryLong("SELECT count(*) FROM region WHERE NOT ST_IsValid(boundary::geometry)")).isZero();
        // Every seat lies in its own region (within 5 km where the simplified coast cut off an island town).
        assertThat(queryLong("SELECT count(*) FROM region WHERE NOT ST_DWithin(seat, boundary, 5000)")).isZero();
        assertThat(queryLong("""
                SELECT count(*) FROM region a JOIN region b ON a.code <> b.code
                WHERE ST_Covers(b.boundary, a.seat)""")).isZero();
        // Sweden is about 450 000 km²; the simplified outlines must add up to roughly that.
        assertThat(queryLong("SELECT round(sum(ST_Area(boundary)) / 1e6) FROM region")).isBetween(400_000L, 470_000L);
        assertThat(queryLong("SELECT count(*) FROM pg_indexes WHERE indexname IN ('region_boundary_gix', 'region_seat_gix')"))
                .isEqualTo(2);
        assertThat(queryLong("SELECT count(*) FROM region WHERE code = '13' AND second_healthcare_region = 'VASTRA'"))
                .isEqualTo(1);
    }

    @Test
    void loadTheEmergencyHospitalsAfterTheRegionsTheyBelongTo() throws SQLException {
        // On an empty database the hospital reference data must run after the regions it refers to.
        SchemaMigrations.forUrl(url, ADMIN_USER, "").migrate();

        assertThat(queryLong("SELECT count(*) FROM hospital WHERE reference")).isBetween(60L, 75L);
        assertThat(queryLong("SELECT count(DISTINCT region_code) FROM hospital")).isEqualTo(21);
        assertThat(queryLong("SELECT count(*) FROM hospital WHERE code = 'SE-23-OSTERSUND' AND region_code = '23'"))
                .isEqualTo(1);
        // Each hospital within 5 km of its own region's simplified outline (Karlskrona stands on an island).
        assertThat(queryLong("""
                SELECT count(*) FROM hospital h JOIN region r ON r.code = h.region_code
                WHERE NOT ST_DWithin(h.location, r.boundary, 5000)""")).isZero();
    }

    @Test
    void countARegionsUnitsAtTheHigherOfItsOwnAndTheNationalLevel() throws SQLException {
        SchemaMigrations.forUrl(url, ADMIN_USER, "").migrate();
        String effective = "SELECT effective_rank FROM readiness_in_force WHERE scope = ";
        assertThat(queryLong("SELECT count(*) FROM readiness_in_force WHERE effective_rank <> 0")).isZero();

        execute("UPDATE readiness_in_force SET level = 'DISASTER' WHERE scope = '23'");
        assertThat(queryLong(effective + "'23'")).isEqualTo(3);
        assertThat(queryLong(effective + "'01'")).isZero();

        execute("UPDATE readiness_in_force SET level = 'HEIGHTENED_READINESS' WHERE scope = 'SE'");
        assertThat(queryLong(effective + "'SE'")).isEqualTo(4);
        assertThat(queryLong("SELECT count(*) FROM readiness_in_force WHERE scope <> 'SE' AND effective_rank <> 4")).isZero();

        // Back to normal nationally: Jämtland keeps its own katastrofläge, the rest return to normal.
        execute("UPDATE readiness_in_force SET level = 'NORMAL' WHERE scope = 'SE'");
        assertThat(queryLong(effective + "'23'")).isEqualTo(3);
        assertThat(queryLong("SELECT count(*) FROM readiness_in_force WHERE scope NOT IN ('SE', '23') AND effective_rank <> 0"))
                .isZero();

        // The crisis confirmation interval (at most a day from katastrofläge up) is one function.
        assertThat(queryLong("SELECT EXTRACT(EPOCH FROM confirmation_interval_in_force(interval '30 days', 3::smallint))"))
                .isEqualTo(86_400);
        assertThat(queryLong("SELECT EXTRACT(EPOCH FROM confirmation_interval_in_force(interval '7 days', 2::smallint))"))
                .isEqualTo(7 * 86_400);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, ADMIN_USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String regionsFingerprint() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, ADMIN_USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT string_agg(code || ':' || version || ':' || md5(ST_AsBinary(boundary)::text), ',' ORDER BY code) FROM region")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, ADMIN_USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
