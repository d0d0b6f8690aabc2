package se.samverkan.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void placeholdersBecomePositionalInOrderAndCastsAndCommentsAreLeftAlone() {
        NamedSql sql = NamedSql.parse("-- a comment with :nothing\nSELECT a::text, :lon, :lat\nFROM t WHERE x = :lon");
        assertThat(sql.jdbc()).isEqualTo("SELECT a::text, ?, ?\nFROM t WHERE x = ?");
        assertThat(sql.parameterNames()).containsExactly("lon", "lat", "lon");
    }

    @Test
    void theNearestQueryFileIsTheOneTheApiRuns() {
        NamedSql sql = NamedSql.resource(se.samverkan.registry.UnitView.class, "nearest-available.sql");
        assertThat(sql.parameterNames()).containsExactly("lon", "lat", "caps", "kinds", "kinds", "cleared", "lon", "lat", "n", "lon", "lat");
        assertThat(sql.jdbc()).contains("<->").contains("LIMIT ?");
    }
}
