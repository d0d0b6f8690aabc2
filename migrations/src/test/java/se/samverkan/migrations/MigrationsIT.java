package se.samverkan.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Applies the migrations to a brand-new, empty PostgreSQL database on the real PostGIS cluster that
 * {@code ./samverkan test} starts, then applies them again to prove a second run changes nothing.
 */
class MigrationsIT {

    private ThrowAwayDatabase db;

    @BeforeEach
    void createEmptyDatabase() throws SQLException {
        db = ThrowAwayDatabase.create("samverkan_migrations_it");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.drop();
    }

    @Test
    void applyToAnEmptyDatabaseAndAreIdempotent() throws SQLException {
        SchemaMigrations migrations = db.migrations();
        assertThat(migrations.isUpToDate()).isFalse();

        SchemaMigrations.Outcome first = migrations.migrate();
        assertThat(first.migrationsApplied()).isGreaterThanOrEqualTo(2); // V1, V10 and the reference data
        assertThat(migrations.isUpToDate()).isTrue();
        String regionsAfterFirstRun = db.regionsFingerprint();

        SchemaMigrations.Outcome second = migrations.migrate();
        assertThat(second.migrationsApplied()).isZero();
        assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion());
        assertThat(db.regionsFingerprint()).isEqualTo(regionsAfterFirstRun);
    }

    @Test
    void loadTheTwentyOneRegionsWithValidGeographies() throws SQLException {
        db.migrations().migrate();

        assertThat(db.queryLong("SELECT count(*) FROM region")).isEqualTo(21);
        assertThat(db.queryLong("SELECT count(*) FROM region WHERE NOT ST_IsValid(boundary::geometry)")).isZero();
        // Every seat lies in its own region (within 5 km where the simplified coast cut off an island town).
        assertThat(db.queryLong("SELECT count(*) FROM region WHERE NOT ST_DWithin(seat, boundary, 5000)")).isZero();
        assertThat(db.queryLong("""
                SELECT count(*) FROM region a JOIN region b ON a.code <> b.code
                WHERE ST_Covers(b.boundary, a.seat)""")).isZero();
        // Sweden is about 450 000 km²; the simplified outlines must add up to roughly that.
        assertThat(db.queryLong("SELECT round(sum(ST_Area(boundary)) / 1e6) FROM region")).isBetween(400_000L, 470_000L);
        assertThat(db.queryLong("SELECT count(*) FROM pg_indexes WHERE indexname IN ('region_boundary_gix', 'region_seat_gix')"))
                .isEqualTo(2);
        assertThat(db.queryLong("SELECT count(*) FROM region WHERE code = '13' AND second_healthcare_region = 'VASTRA'"))
                .isEqualTo(1);
    }

    @Test
    void loadTheEmergencyHospitalsAfterTheRegionsTheyBelongTo() throws SQLException {
        // On an empty database the hospital reference data must run after the regions it refers to.
        db.migrations().migrate();

        assertThat(db.queryLong("SELECT count(*) FROM hospital WHERE reference")).isBetween(60L, 75L);
        assertThat(db.queryLong("SELECT count(DISTINCT region_code) FROM hospital")).isEqualTo(21);
        assertThat(db.queryLong("SELECT count(*) FROM hospital WHERE code = 'SE-23-OSTERSUND' AND region_code = '23'"))
                .isEqualTo(1);
        // Each hospital within 5 km of its own region's simplified outline (Karlskrona stands on an island).
        assertThat(db.queryLong("""
                SELECT count(*) FROM hospital h JOIN region r ON r.code = h.region_code
                WHERE NOT ST_DWithin(h.location, r.boundary, 5000)""")).isZero();
    }

    @Test
    void countARegionsUnitsAtTheHigherOfItsOwnAndTheNationalLevel() throws SQLException {
        db.migrations().migrate();
        String effective = "SELECT effective_rank FROM readiness_in_force WHERE scope = ";
        assertThat(db.queryLong("SELECT count(*) FROM readiness_in_force WHERE effective_rank <> 0")).isZero();

        db.execute("UPDATE readiness_in_force SET level = 'DISASTER' WHERE scope = '23'");
        assertThat(db.queryLong(effective + "'23'")).isEqualTo(3);
        assertThat(db.queryLong(effective + "'01'")).isZero();

        db.execute("UPDATE readiness_in_force SET level = 'HEIGHTENED_READINESS' WHERE scope = 'SE'");
        assertThat(db.queryLong(effective + "'SE'")).isEqualTo(4);
        assertThat(db.queryLong("SELECT count(*) FROM readiness_in_force WHERE scope <> 'SE' AND effective_rank <> 4")).isZero();

        // Back to normal nationally: Jämtland keeps its own katastrofläge, the rest return to normal.
        db.execute("UPDATE readiness_in_force SET level = 'NORMAL' WHERE scope = 'SE'");
        assertThat(db.queryLong(effective + "'23'")).isEqualTo(3);
        assertThat(db.queryLong("SELECT count(*) FROM readiness_in_force WHERE scope NOT IN ('SE', '23') AND effective_rank <> 0"))
                .isZero();

        // The crisis confirmation interval (at most a day from katastrofläge up) is one function.
        assertThat(db.queryLong("SELECT EXTRACT(EPOCH FROM confirmation_interval_in_force(interval '30 days', 3::smallint))"))
                .isEqualTo(86_400);
        assertThat(db.queryLong("SELECT EXTRACT(EPOCH FROM confirmation_interval_in_force(interval '7 days', 2::smallint))"))
                .isEqualTo(7 * 86_400);
    }

    @Test
    void keyCapabilitiesExactlySoTheNearestSearchCanCompareKeys() throws SQLException {
        db.migrations().migrate();
        // Keys are a set: order and repeats do not matter, and containment follows the tags'.
        assertThat(db.queryLong("SELECT count(*) WHERE capability_keys('{ventilator,defibrillator,ventilator}')"
                + " = capability_keys('{defibrillator,ventilator}')")).isEqualTo(1);
        assertThat(db.queryLong("SELECT count(*) WHERE capability_keys('{defibrillator,ventilator}')"
                + " @> capability_keys('{ventilator}')")).isEqualTo(1);
        assertThat(db.queryLong("SELECT count(*) WHERE capability_keys('{defibrillator}')"
                + " @> capability_keys('{ventilator}')")).isZero();
        assertThat(db.queryLong("SELECT cardinality(capability_keys('{}'))")).isZero();

        // Two tags with the same key cannot both enter the vocabulary: find a colliding pair, add one, refuse the other.
        String pair = "SELECT min(t) AS a, max(t) AS b FROM (SELECT 'tag-' || g AS t FROM generate_series(1, 200000) g) s"
                + " GROUP BY hashtext(t) HAVING count(*) > 1 ORDER BY min(t) LIMIT 1";
        db.execute("INSERT INTO capability_tag (code, name_sv, name_en) SELECT a, a, a FROM (" + pair + ") p");
        assertThatThrownBy(() -> db.execute("INSERT INTO capability_tag (code, name_sv, name_en) SELECT b, b, b FROM ("
                + pair + ") p"))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
    }
}
