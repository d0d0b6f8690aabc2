package se.samverkan.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samverkan.registry.Position;
import se.samverkan.registry.UnitInput;
import se.samverkan.registry.UnitView;

/** The hand-written unit JSON is the document JSON-B wrote before it: names, order, absent values left out. */
class UnitJsonWriterTest {

    private static final UUID ID = UUID.fromString("6f1c2a52-95a4-4d0e-9d43-2f6a4c1b7e01");

    static UnitView full() {
        return new UnitView(ID, "JH 23-1010", "ABC123", "ROAD_AMBULANCE", 1,
                new UnitView.OrganisationRef("RJH", "Region Jämtland \"Härjedalen\"", "REGION"), "23",
                new UnitView.BaseRef("OSD", "Östersund"), "AVAILABLE", "ADVANCED",
                new UnitInput.CapacityInput(1, 2, 0, 0), List.of("nurse"), List.of("defibrillator", "ventilator"),
                "24/7", "SOS Alarm", "NORMAL", true, new Position(63.1792, 14.6357), 521.25, false,
                Instant.parse("2026-11-25T14:00:00.123456Z"), false, null, 7);
    }

    @Test
    void writesEveryFieldInTheDocumentedOrder() {
        String json = new String(UnitJsonWriter.toJson(full()), StandardCharsets.UTF_8);
        assertEquals("{\"id\":\"6f1c2a52-95a4-4d0e-9d43-2f6a4c1b7e01\",\"callSign\":\"JH 23-1010\","
                + "\"registration\":\"ABC123\",\"kind\":\"ROAD_AMBULANCE\",\"tier\":1,"
                + "\"organisation\":{\"code\":\"RJH\",\"name\":\"Region Jämtland \\\"Härjedalen\\\"\",\"sector\":\"REGION\"},"
                + "\"homeRegion\":\"23\",\"base\":{\"code\":\"OSD\",\"name\":\"Östersund\"},\"status\":\"AVAILABLE\","
                + "\"careLevel\":\"ADVANCED\",\"capacity\":{\"incubator\":0,\"lying\":1,\"seated\":2,\"wheelchair\":0},"
                + "\"crew\":[\"nurse\"],\"capabilities\":[\"defibrillator\",\"ventilator\"],\"operatingHours\":\"24/7\","
                + "\"dispatchBy\":\"SOS Alarm\",\"availableFrom\":\"NORMAL\",\"availableNow\":true,"
                + "\"position\":{\"latitude\":63.1792,\"longitude\":14.6357},\"distanceMetres\":521.25,\"sensitive\":false,"
                + "\"lastConfirmedAt\":\"2026-11-25T14:00:00.123456Z\",\"stale\":false,\"version\":7}", json);
    }

    @Test
    void leavesOutWhatIsAbsent() {
        UnitView bare = new UnitView(ID, "X1", null, "TAXI", null, null, "01", null, "RESERVE", null, null, null,
                null, null, null, null, false, null, null, true, null, true, Instant.parse("2026-01-02T03:04:05Z"), 0);
        assertEquals("{\"id\":\"6f1c2a52-95a4-4d0e-9d43-2f6a4c1b7e01\",\"callSign\":\"X1\",\"kind\":\"TAXI\","
                + "\"homeRegion\":\"01\",\"status\":\"RESERVE\",\"availableNow\":false,\"sensitive\":true,\"stale\":true,"
                + "\"retiredAt\":\"2026-01-02T03:04:05Z\",\"version\":0}",
                new String(UnitJsonWriter.toJson(bare), StandardCharsets.UTF_8));
    }

    @Test
    void writesListsAndPages() {
        String one = new String(UnitJsonWriter.toJson(full()), StandardCharsets.UTF_8);
        assertEquals("[" + one + "," + one + "]",
                new String(UnitJsonWriter.toJson(List.of(full(), full())), StandardCharsets.UTF_8));
        assertEquals("[]", new String(UnitJsonWriter.toJson(List.of()), StandardCharsets.UTF_8));
        assertEquals("{\"items\":[" + one + "],\"next\":\"https://x.example/api/units?cursor=abc\"}",
                new String(UnitJsonWriter.toJson(new UnitResource.UnitPage(List.of(full()),
                        URI.create("https://x.example/api/units?cursor=abc"))), StandardCharsets.UTF_8));
        assertEquals("{\"items\":[]}", new String(UnitJsonWriter.toJson(
                new UnitResource.UnitPage(List.of(), null)), StandardCharsets.UTF_8));
    }

    @Test
    void claimsOnlyUnitTypes() throws Exception {
        UnitJsonWriter.Many writer = new UnitJsonWriter.Many();
        java.lang.reflect.Type units = UnitJsonWriterTest.class.getDeclaredMethod("units").getGenericReturnType();
        java.lang.reflect.Type strings = UnitJsonWriterTest.class.getDeclaredMethod("strings").getGenericReturnType();
        assertEquals(true, writer.isWriteable(List.class, units, null, null));
        assertEquals(false, writer.isWriteable(List.class, strings, null, null));
        assertEquals(false, writer.isWriteable(String.class, String.class, null, null));
    }

    @SuppressWarnings("unused")
    private static List<UnitView> units() {
        return List.of();
    }

    @SuppressWarnings("unused")
    private static List<String> strings() {
        return List.of();
    }
}
