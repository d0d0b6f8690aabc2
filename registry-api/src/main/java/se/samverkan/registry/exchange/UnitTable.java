package se.samverkan.registry.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverkan.platform.problem.Problem.FieldError;
import se.samverkan.registry.Position;
import se.samverkan.registry.UnitInput;
import se.samverkan.registry.UnitView;

/**
 * The unit as a table row: the columns of the CSV format (and the property names of the GeoJSON format),
 * and the conversions row → {@link UnitInput} → row. One definition, so export always produces what
 * import accepts.
 */
public final class UnitTable {

    public static final List<String> COLUMNS = List.of("call_sign", "registration", "kind", "tier", "organisation",
            "home_region", "base", "status", "care_level", "lying", "seated", "wheelchair", "incubator", "crew",
            "capabilities", "operating_hours", "dispatch_by", "available_from", "latitude", "longitude", "sensitive");

    /** Multi-valued cells (crew, capabilities) separate their values with this. */
    public static final String LIST_SEPARATOR = ";";

    /** Bean Validation property paths of {@link UnitInput} → the column a user sees in the file. */
    private static final Map<String, String> FIELD_TO_COLUMN = Map.ofEntries(
            Map.entry("callSign", "call_sign"), Map.entry("homeRegion", "home_region"),
            Map.entry("careLevel", "care_level"), Map.entry("capacity.lying", "lying"),
            Map.entry("capacity.seated", "seated"), Map.entry("capacity.wheelchair", "wheelchair"),
            Map.entry("capacity.incubator", "incubator"), Map.entry("operatingHours", "operating_hours"),
            Map.entry("dispatchBy", "dispatch_by"), Map.entry("availableFrom", "available_from"),
            Map.entry("position.latitude", "latitude"), Map.entry("position.longitude", "longitude"),
            Map.entry("capacity", "lying"), Map.entry("position", "latitude"));

    private UnitTable() {
    }

    /** The column a validation error of a {@link UnitInput} field refers to. */
    public static String column(String field) {
        String f = field.replaceAll("\\[\\d+\\]", "").replaceAll("<[^>]*>", "");
        if (f.startsWith("crew")) {
            return "crew";
        }
        if (f.startsWith("capabilities")) {
            return "capabilities";
        }
        return FIELD_TO_COLUMN.getOrDefault(f, f);
    }

    /** The result of reading one row: the input, or the reasons it could not even be read. */
    public record Parsed(UnitInput input, List<FieldError> errors) {
    }

    /** Reads a row given as column → text (CSV cells, or GeoJSON properties rendered as text). */
    public static Parsed parse(Map<String, String> cells) {
        List<FieldError> errors = new ArrayList<>();
        Integer tier = integer(cells, "tier", errors, true);
        Integer lying = integer(cells, "lying", errors, false);
        Integer seated = integer(cells, "seated", errors, false);
        Integer wheelchair = integer(cells, "wheelchair", errors, false);
        Integer incubator = integer(cells, "incubator", errors, false);
        Double lat = decimal(cells, "latitude", errors);
        Double lon = decimal(cells, "longitude", errors);
        Position position = null;
        boolean coordinatesReadable = errors.stream().noneMatch(e -> e.field().equals("latitude") || e.field().equals("longitude"));
        if (coordinatesReadable && (lat != null || lon != null)) {
            if (lat == null || lon == null) {
                errors.add(new FieldError(lat == null ? "latitude" : "longitude", "is required when the other coordinate is given"));
            } else {
                position = new Position(lat, lon);
            }
        }
        Boolean sensitive = null;
        String s = text(cells, "sensitive");
        if (s != null) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "ja", "1" -> sensitive = true;
                case "false", "no", "nej", "0" -> sensitive = false;
                default -> errors.add(new FieldError("sensitive", "must be true or false"));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        UnitInput input = new UnitInput(text(cells, "call_sign"), text(cells, "registration"), text(cells, "kind"), tier,
                text(cells, "organisation"), text(cells, "home_region"), text(cells, "base"), text(cells, "status"),
                text(cells, "care_level"),
                new UnitInput.CapacityInput(orZero(lying), orZero(seated), orZero(wheelchair), orZero(incubator)),
                list(cells, "crew"), list(cells, "capabilities"), text(cells, "operating_hours"),
                text(cells, "dispatch_by"), text(cells, "available_from"), position, sensitive);
        return new Parsed(input, List.of());
    }

    /** The row that {@link #parse} reads back into the same unit. */
    public static Map<String, String> row(UnitView u) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("call_sign", u.callSign());
        r.put("registration", nz(u.registration()));
        r.put("kind", u.kind());
        r.put("tier", u.tier() == null ? "" : u.tier().toString());
        r.put("organisation", u.organisation().code());
        r.put("home_region", u.homeRegion());
        r.put("base", u.base() == null ? "" : u.base().code());
        r.put("status", u.status());
        r.put("care_level", u.careLevel());
        r.put("lying", Integer.toString(u.capacity().lying()));
        r.put("seated", Integer.toString(u.capacity().seated()));
        r.put("wheelchair", Integer.toString(u.capacity().wheelchair()));
        r.put("incubator", Integer.toString(u.capacity().incubator()));
        r.put("crew", String.join(LIST_SEPARATOR, u.crew()));
        r.put("capabilities", String.join(LIST_SEPARATOR, u.capabilities()));
        r.put("operating_hours", nz(u.operatingHours()));
        r.put("dispatch_by", nz(u.dispatchBy()));
        r.put("available_from", u.availableFrom());
        r.put("latitude", u.position() == null ? "" : u.position().latitude().toString());
        r.put("longitude", u.position() == null ? "" : u.position().longitude().toString());
        r.put("sensitive", Boolean.toString(u.sensitive()));
        return r;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private static String text(Map<String, String> cells, String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static List<String> list(Map<String, String> cells, String column) {
        String v = text(cells, column);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split(LIST_SEPARATOR)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static Integer integer(Map<String, String> cells, String column, List<FieldError> errors, boolean nullable) {
        String v = text(cells, column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "must be a whole number, was '" + abbreviate(v) + "'"));
            return null;
        }
    }

    private static Double decimal(Map<String, String> cells, String column, List<FieldError> errors) {
        String v = text(cells, column);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.replace(',', '.'));
            if (!Double.isFinite(d)) {
                errors.add(new FieldError(column, "must be a finite number"));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "must be a decimal number, was '" + abbreviate(v) + "'"));
            return null;
        }
    }

    static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
