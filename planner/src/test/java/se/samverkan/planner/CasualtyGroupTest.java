package se.samverkan.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;

class CasualtyGroupTest {

    private static final GeoPoint ROAD_E14 = new GeoPoint(63.18, 14.64);
    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");

    @Test
    void splitKeepsEveryPatientAndTheirAttributes() {
        CasualtyGroup bus = new CasualtyGroup("e14", ROAD_E14, "23", 40, Triage.P3, CareNeed.GENERAL, false, NOW);

        CasualtyGroup[] parts = bus.split(12);

        assertThat(parts[0].count() + parts[1].count()).isEqualTo(40);
        assertThat(parts[0].count()).isEqualTo(12);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.triage()).isEqualTo(Triage.P3);
            assertThat(p.location()).isEqualTo(ROAD_E14);
        });
        assertThat(parts[0].id()).isNotEqualTo(parts[1].id());
    }

    @Test
    void refusesEmptyGroupsAndSplitsThatLeaveNothing() {
        assertThatThrownBy(() -> new CasualtyGroup("x", ROAD_E14, "23", 0, Triage.P1, CareNeed.TRAUMA, true, NOW))
                .hasMessageContaining("count");
        CasualtyGroup two = new CasualtyGroup("x", ROAD_E14, "23", 2, Triage.P1, CareNeed.TRAUMA, true, NOW);
        assertThatThrownBy(() -> two.split(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CasualtyGroup(" ", ROAD_E14, "23", 1, Triage.P1, CareNeed.TRAUMA, true, NOW))
                .hasMessageContaining("id");
        assertThatThrownBy(() -> new CasualtyGroup("x", ROAD_E14, "23", 1_000_001, Triage.P1, CareNeed.TRAUMA, true, NOW))
                .isInstanceOfSatisfying(InvalidPlanningInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidPlanningInputException.FieldError::field).containsExactly("count"));
        assertThatThrownBy(() -> new CasualtyGroup("x", ROAD_E14, "99", 1, Triage.P1, CareNeed.TRAUMA, true, NOW))
                .hasMessageContaining("county");
    }

    @Test
    void triageOrderIsUrgency() {
        assertThat(Triage.P1.isMoreUrgentThan(Triage.P2)).isTrue();
        assertThat(Triage.P3.isMoreUrgentThan(Triage.P2)).isFalse();
        assertThat(Triage.P1.colour()).isEqualTo("red");
    }
}
