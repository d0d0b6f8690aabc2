package se.samverkan.registry.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import se.samverkan.registry.UnitView;

/** Writes units as they stream from the database: CSV in the import format, or a GeoJSON FeatureCollection. */
public final class UnitExport {

    private UnitExport() {
    }

    public static void write(OutputStream out, boolean csv, Consumer<Consumer<UnitView>> source) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            if (csv) {
                CsvWriter writer = new CsvWriter(w);
                writer.record(UnitTable.COLUMNS);
                source.accept(u -> unchecked(() -> writer.record(UnitTable.row(u).values())));
            } else {
                w.write("{\"type\":\"FeatureCollection\",\"features\":[");
                boolean[] first = {true};
                source.accept(u -> unchecked(() -> {
                    if (!first[0]) {
                        w.write(',');
                    }
                    first[0] = false;
                    w.write(feature(u));
                }));
                w.write("]}");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    /**
     * A unit's GeoJSON properties: the import columns (lists as arrays, position left to the geometry),
     * then what the registry computes: id, available now, stale, last confirmed. Shared by the export and
     * the OGC API collection, so GIS users and importers see the same names.
     */
    public static Map<String, Object> properties(UnitView u) {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> cell : UnitTable.row(u).entrySet()) {
            switch (cell.getKey()) {
                case "latitude", "longitude" -> { }
                case "crew" -> props.put("crew", u.crew());
                case "capabilities" -> props.put("capabilities", u.capabilities());
                default -> props.put(cell.getKey(), cell.getValue());
            }
        }
        props.put("id", u.id().toString());
        props.put("available_now", u.availableNow());
        props.put("stale", u.stale());
        props.put("last_confirmed_at", u.lastConfirmedAt().toString());
        return props;
    }

    static String feature(UnitView u) {
        JsonObjectBuilder props = Json.createObjectBuilder();
        for (Map.Entry<String, Object> p : properties(u).entrySet()) {
            if (p.getValue() instanceof java.util.List<?> list) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                list.forEach(v -> array.add(String.valueOf(v)));
                props.add(p.getKey(), array);
            } else if (p.getValue() instanceof Boolean b) {
                props.add(p.getKey(), b);
            } else {
                props.add(p.getKey(), String.valueOf(p.getValue()));
            }
        }
        JsonObjectBuilder f = Json.createObjectBuilder().add("type", "Feature").add("id", u.id().toString());
        if (u.position() == null) {
            f.addNull("geometry");
        } else {
            f.add("geometry", Json.createObjectBuilder().add("type", "Point").add("coordinates",
                    Json.createArrayBuilder().add(u.position().longitude()).add(u.position().latitude())));
        }
        return f.add("properties", props).build().toString();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
