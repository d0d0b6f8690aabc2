package se.samverkan.registry.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samverkan.registry.Position;
import se.samverkan.registry.UnitInput;
import se.samverkan.registry.UnitView;

class UnitTableTest {

    private static UnitView unit() {
        return new UnitView(UUID.randomUUID(), "AMB 2310", "ABC123", "ROAD_AMBULANCE", 2,
                new UnitView.OrganisationRef("RJH", "Region Jämtland Härjedalen", "REGION"), "23",
                new UnitView.BaseRef("RJH-OSD", "Östersund"), "AVAILABLE", "ADVANCED",
                new UnitInput.CapacityInput(1, 2, 0, 0), List.of("EMT", "AMBULANCE_NURSE"), List.of("ventilator", "winter"),
                "24/7", "SOS Alarm, Östersund", "NORMAL", true, new Position(63.1792, 14.6357), null, false,
                Instant.parse("2026-11-25T10:00:00Z"), false, null, 3);
    }

    @Test
    void aRowReadsBackIntoTheUnitItWasWrittenFrom() {
        UnitView u = unit();
        UnitTable.Parsed parsed = UnitTable.parse(UnitTable.row(u));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.input()).isEqualTo(u.toInput());
    }

    @Test
    void theRowHasExactlyTheImportColumns() {
        assertThat(UnitTable.row(unit()).keySet()).containsExactlyElementsOf(UnitTable.COLUMNS);
    }

    @Test
    void cellsThatAreNotNumbersAreNamedByColumn() {
        Map<String, String> cells = new LinkedHashMap<>(UnitTable.row(unit()));
        cells.put("lying", "one");
        cells.put("latitude", "NaN");
        cells.put("sensitive", "perhaps");
        UnitTable.Parsed parsed = UnitTable.parse(cells);
        assertThat(parsed.input()).isNull();
        assertThat(parsed.errors()).extracting(e -> e.field()).containsExactlyInAnyOrder("lying", "latitude", "sensitive");
    }

    @Test
    void swedishDecimalCommasAndBlankCellsAreRead() {
        Map<String, String> cells = new LinkedHashMap<>(UnitTable.row(unit()));
        cells.put("latitude", "63,5");
        cells.put("tier", " ");
        cells.put("crew", "EMT; ;PHYSICIAN");
        UnitInput in = UnitTable.parse(cells).input();
        assertThat(in.position().latitude()).isEqualTo(63.5);
        assertThat(in.tier()).isNull();
        assertThat(in.crew()).containsExactly("EMT", "PHYSICIAN");
    }

    @Test
    void validationPathsMapToTheColumnsUsersSee() {
        assertThat(UnitTable.column("capacity.lying")).isEqualTo("lying");
        assertThat(UnitTable.column("position.latitude")).isEqualTo("latitude");
        assertThat(UnitTable.column("crew[1].<list element>")).isEqualTo("crew");
        assertThat(UnitTable.column("callSign")).isEqualTo("call_sign");
        assertThat(UnitTable.column("kind")).isEqualTo("kind");
    }
}
