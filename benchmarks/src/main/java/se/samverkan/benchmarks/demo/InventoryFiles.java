package se.samverkan.benchmarks.demo;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import se.samverkan.benchmarks.demo.Vocabulary.Capability;
import se.samverkan.gis.GeoPoint;

/**
 * Writes an inventory in the registry's import formats: organisations and bases as JSON arrays of the bodies
 * {@code POST /api/organisations} and {@code POST /api/bases} take, units as the import CSV (UTF-8, header,
 * RFC 4180, LF line ends) and as GeoJSON. Coordinates carry six decimals (about 0.1 m), written without
 * floating-point formatting so the bytes depend on the seed only.
 */
public final class InventoryFiles {

    public static final String ORGANISATIONS = "organisations.json";
    public static final String BASES = "bases.json";
    public static final String UNITS_CSV = "units.csv";
    public static final String UNITS_GEOJSON = "units.geojson";

    /** The import columns, in the contract's order. */
    public static final List<String> UNIT_COLUMNS = List.of("call_sign", "registration", "kind", "tier",
            "organisation", "home_region", "base", "status", "care_level", "lying", "seated", "wheelchair",
            "incubator", "crew", "capabilities", "operating_hours", "dispatch_by", "available_from", "latitude",
            "longitude", "sensitive");

    private InventoryFiles() {
    }

    /** Writes all four files into {@code directory} (created when missing). */
    public static void writeAll(DemoInventory inventory, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (OutputStream out = Files.newOutputStream(directory.resolve(ORGANISATIONS))) {
            writeOrganisations(inventory.organisations(), out);
        }
        try (OutputStream out = Files.newOutputStream(directory.resolve(BASES))) {
            writeBases(inventory.bases(), out);
        }
        try (OutputStream out = Files.newOutputStream(directory.resolve(UNITS_CSV))) {
            writeUnitsCsv(inventory.units(), out);
        }
        try (OutputStream out = Files.newOutputStream(directory.resolve(UNITS_GEOJSON))) {
            writeUnitsGeoJson(inventory.units(), out);
        }
    }

    public static void writeOrganisations(List<Organisation> organisations, OutputStream out) {
        writeArray(organisations, out, InventoryFiles::writeOrganisation);
    }

    private static <T> void writeArray(List<T> items, OutputStream out, BiConsumer<JsonGenerator, T> writer) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartArray();
            for (T item : items) {
                writer.accept(json, item);
            }
            json.writeEnd();
        }
    }

    /** One organisation as the body of {@code POST /api/organisations}. */
    public static void writeOrganisation(JsonGenerator json, Organisation o) {
        json.writeStartObject()
                .write("code", o.code())
                .write("name", o.name())
                .write("sector", o.sector().name());
        if (o.region() != null) {
            json.write("region", o.region());
        }
        json.write("sensitive", o.sensitive()).writeEnd();
    }

    public static void writeBases(List<Base> bases, OutputStream out) {
        writeArray(bases, out, InventoryFiles::writeBase);
    }

    /** One base as the body of {@code POST /api/bases}. */
    public static void writeBase(JsonGenerator json, Base b) {
        json.writeStartObject()
                .write("code", b.code())
                .write("name", b.name())
                .write("region", b.region())
                .write("organisation", b.organisation())
                .write("kind", b.kind().name())
                .write("address", b.address())
                .writeStartObject("position")
                .write("latitude", degrees(b.position().latitude()))
                .write("longitude", degrees(b.position().longitude()))
                .writeEnd()
                .write("sensitive", b.sensitive())
                .writeEnd();
    }

    public static void writeUnitsCsv(List<Unit> units, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(String.join(",", UNIT_COLUMNS));
            writer.write('\n');
            for (Unit u : units) {
                writer.write(csvRow(u));
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One unit as a CSV record (without its line break). */
    public static String csvRow(Unit u) {
        String[] cells = {
            u.callSign(), u.registration(), u.kind().name(), u.tier() == null ? "" : u.tier().toString(),
            u.organisation(), u.homeRegion(), u.base() == null ? "" : u.base(), u.status().name(),
            u.careLevel().name(), Integer.toString(u.lying()), Integer.toString(u.seated()),
            Integer.toString(u.wheelchair()), Integer.toString(u.incubator()),
            u.crew().stream().map(Enum::name).collect(Collectors.joining(";")), capabilities(u),
            u.operatingHours(), u.dispatchBy(), u.availableFrom().name(),
            degrees(u.position().latitude()).toPlainString(), degrees(u.position().longitude()).toPlainString(),
            Boolean.toString(u.sensitive())
        };
        StringBuilder row = new StringBuilder(160);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(Csv.field(cells[i]));
        }
        return row.toString();
    }

    /** Units as a GeoJSON FeatureCollection of points; properties carry the CSV columns but the coordinates. */
    public static void writeUnitsGeoJson(List<Unit> units, OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("type", "FeatureCollection").writeStartArray("features");
            for (Unit u : units) {
                GeoPoint p = u.position();
                json.writeStartObject().write("type", "Feature")
                        .writeStartObject("geometry").write("type", "Point")
                        .writeStartArray("coordinates").write(degrees(p.longitude())).write(degrees(p.latitude())).writeEnd()
                        .writeEnd()
                        .writeStartObject("properties")
                        .write("call_sign", u.callSign())
                        .write("registration", u.registration())
                        .write("kind", u.kind().name());
                if (u.tier() == null) {
                    json.writeNull("tier");
                } else {
                    json.write("tier", u.tier());
                }
                json.write("organisation", u.organisation()).write("home_region", u.homeRegion());
                if (u.base() == null) {
                    json.writeNull("base");
                } else {
                    json.write("base", u.base());
                }
                json.write("status", u.status().name()).write("care_level", u.careLevel().name())
                        .write("lying", u.lying()).write("seated", u.seated())
                        .write("wheelchair", u.wheelchair()).write("incubator", u.incubator());
                json.writeStartArray("crew");
                u.crew().forEach(c -> json.write(c.name()));
                json.writeEnd().writeStartArray("capabilities");
                u.orderedCapabilities().forEach(c -> json.write(c.tag()));
                json.writeEnd()
                        .write("operating_hours", u.operatingHours())
                        .write("dispatch_by", u.dispatchBy())
                        .write("available_from", u.availableFrom().name())
                        .write("sensitive", u.sensitive())
                        .writeEnd()
                        .writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    private static String capabilities(Unit u) {
        return u.orderedCapabilities().stream().map(Capability::tag).collect(Collectors.joining(";"));
    }

    static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
    }
}
