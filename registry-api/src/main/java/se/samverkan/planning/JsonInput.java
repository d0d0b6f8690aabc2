package se.samverkan.planning;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.gis.GeoPoint;
import se.samverkan.platform.problem.Problem.FieldError;
import se.samverkan.platform.problem.ProblemException;

/**
 * Reads the fields of a JSON request body and collects every problem against its field path (such as
 * {@code casualties[2].count}), so a client learns about all bad fields at once: a wrong type is reported
 * like a wrong value, never as an unreadable body.
 */
final class JsonInput {

    /** Where incidents and planning may lie: the planner's area, Sweden with a margin of about 100 km. */
    static final double MIN_LAT = 54.3, MAX_LAT = 70.0, MIN_LON = 9.5, MAX_LON = 25.5;

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    void error(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }

    /** Throws a 400 problem with every error collected, if any. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * A request body that must be a JSON object (JAX-RS hands an array or a number to a {@code JsonValue}
     * parameter as it is; read as a {@code JsonObject} it would fail before any mapper could name the field).
     * An absent body is an empty object when {@code optional}, else refused.
     */
    static JsonObject body(JsonValue body, boolean optional) {
        if (body instanceof JsonObject o) {
            return o;
        }
        if ((body == null || body.getValueType() == JsonValue.ValueType.NULL) && optional) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        throw ProblemException.invalid("body", body == null ? "a JSON object is required"
                : "must be a JSON object, not " + body.getValueType().name().toLowerCase(java.util.Locale.ROOT));
    }

    static boolean absent(JsonObject o, String key) {
        return o == null || !o.containsKey(key) || o.get(key).getValueType() == JsonValue.ValueType.NULL;
    }

    Optional<String> text(JsonObject o, String key, String field, boolean required, int maxLength) {
        if (absent(o, key)) {
            if (required) {
                error(field, "is required");
            }
            return Optional.empty();
        }
        if (!(o.get(key) instanceof JsonString s)) {
            error(field, "must be a string");
            return Optional.empty();
        }
        String value = s.getString().strip();
        if (required && value.isEmpty()) {
            error(field, "must not be blank");
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters");
            return Optional.empty();
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    Optional<Long> whole(JsonObject o, String key, String field, boolean required, long min, long max) {
        if (absent(o, key)) {
            if (required) {
                error(field, "is required");
            }
            return Optional.empty();
        }
        if (!(o.get(key) instanceof JsonNumber n) || !n.isIntegral()) {
            error(field, "must be a whole number between " + min + " and " + max + ", was " + o.get(key));
            return Optional.empty();
        }
        java.math.BigDecimal v = n.bigDecimalValue();
        if (v.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || v.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            error(field, "must be between " + min + " and " + max + ", was " + n);
            return Optional.empty();
        }
        return Optional.of(v.longValueExact());
    }

    Optional<Double> number(JsonObject o, String key, String field, boolean required, double min, double max) {
        if (absent(o, key)) {
            if (required) {
                error(field, "is required");
            }
            return Optional.empty();
        }
        if (!(o.get(key) instanceof JsonNumber n)) {
            error(field, "must be a number, was " + o.get(key));
            return Optional.empty();
        }
        double v = n.doubleValue();
        if (!(v >= min && v <= max)) {
            error(field, "must be between " + fmt(min) + " and " + fmt(max) + ", was " + n);
            return Optional.empty();
        }
        return Optional.of(v);
    }

    Optional<Boolean> bool(JsonObject o, String key, String field, boolean required) {
        if (absent(o, key)) {
            if (required) {
                error(field, "is required (true or false)");
            }
            return Optional.empty();
        }
        JsonValue v = o.get(key);
        if (v == JsonValue.TRUE) {
            return Optional.of(true);
        }
        if (v == JsonValue.FALSE) {
            return Optional.of(false);
        }
        error(field, "must be true or false, was " + v);
        return Optional.empty();
    }

    Optional<Instant> instant(JsonObject o, String key, String field, boolean required) {
        Optional<String> s = text(o, key, field, required, 64);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(s.get()));
        } catch (DateTimeParseException e) {
            error(field, "must be an ISO-8601 instant such as 2026-11-25T14:00:00Z, was " + s.get());
            return Optional.empty();
        }
    }

    Optional<UUID> uuid(JsonObject o, String key, String field, boolean required) {
        Optional<String> s = text(o, key, field, required, 64);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return uuid(s.get(), field);
    }

    Optional<UUID> uuid(String s, String field) {
        try {
            UUID id = UUID.fromString(s);
            if (!id.toString().equalsIgnoreCase(s)) {
                throw new IllegalArgumentException(s);
            }
            return Optional.of(id);
        } catch (IllegalArgumentException e) {
            error(field, "must be an id such as 3f2b8c1e-6d0a-4b7e-9a51-2c4d8e9f0a1b, was " + s);
            return Optional.empty();
        }
    }

    <E extends Enum<E>> Optional<E> constant(JsonObject o, String key, String field, boolean required, Class<E> type) {
        Optional<String> s = text(o, key, field, required, 64);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, s.get()));
        } catch (IllegalArgumentException e) {
            error(field, "must be one of " + names(type) + ", was " + s.get());
            return Optional.empty();
        }
    }

    Optional<JsonObject> object(JsonObject o, String key, String field, boolean required) {
        if (absent(o, key)) {
            if (required) {
                error(field, "is required");
            }
            return Optional.empty();
        }
        if (!(o.get(key) instanceof JsonObject obj)) {
            error(field, "must be an object");
            return Optional.empty();
        }
        return Optional.of(obj);
    }

    Optional<JsonArray> array(JsonObject o, String key, String field, boolean required, int maxSize) {
        if (absent(o, key)) {
            if (required) {
                error(field, "is required");
            }
            return Optional.empty();
        }
        if (!(o.get(key) instanceof JsonArray a)) {
            error(field, "must be an array");
            return Optional.empty();
        }
        if (a.size() > maxSize) {
            error(field, "may hold at most " + maxSize + " entries, has " + a.size());
            return Optional.empty();
        }
        return Optional.of(a);
    }

    /** A {@code {"latitude": …, "longitude": …}} object inside the planning area. */
    Optional<GeoPoint> position(JsonObject o, String key, String field, boolean required) {
        Optional<JsonObject> p = object(o, key, field, required);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> lat = number(p.get(), "latitude", field + ".latitude", true, -90, 90);
        Optional<Double> lon = number(p.get(), "longitude", field + ".longitude", true, -180, 180);
        if (lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        if (lat.get() < MIN_LAT || lat.get() > MAX_LAT || lon.get() < MIN_LON || lon.get() > MAX_LON) {
            error(field, String.format(java.util.Locale.ROOT, "(%.4f, %.4f) lies far outside Sweden: latitude %.1f–%.1f "
                    + "and longitude %.1f–%.1f are planned", lat.get(), lon.get(), MIN_LAT, MAX_LAT, MIN_LON, MAX_LON));
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(lat.get(), lon.get()));
    }

    /** Fields a body may hold; anything else is probably a typing error and is named. */
    void onlyKnown(JsonObject o, String prefix, String... known) {
        if (o == null) {
            return;
        }
        List<String> allowed = Arrays.asList(known);
        for (String key : o.keySet()) {
            if (!allowed.contains(key)) {
                error(prefix.isEmpty() ? key : prefix + "." + key, "is not a known field; known: " + String.join(", ", known));
            }
        }
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
