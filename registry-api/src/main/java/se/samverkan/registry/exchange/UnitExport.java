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

    static String feature(UnitView u) {
        JsonObjectBuilder props = Json.createObjectBuilder();
        for (Map.Entry<String, String> cell : UnitTable.row(u).entrySet()) {
            if (cell.getKey().equals("latitude") || cell.getKey().equals("longitude")) {
                continue;
            }
            if (cell.getKey().equals("crew") || cell.getKey().equals("capabilities")) {
                JsonArrayBuilder list = Json.createArrayBuilder();
                (cell.getKey().equals("crew") ? u.crew() : u.capabilities()).forEach(list::add);
                props.add(cell.getKey(), list);
            } else {
                props.add(cell.getKey(), cell.getValue());
            }
        }
        props.add("id", u.id().toString());
        props.add("available_now", u.availableNow());
        props.add("stale", u.stale());
        props.add("last_confirmed_at", u.lastConfirmedAt().toString());
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
