package se.samverkan.hospitals.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverkan.platform.problem.Problem;

/**
 * Reads fields of a JSON request body and collects every problem with its field name, so that a client
 * learns about all bad fields of a report at once instead of one per attempt.
 */
final class JsonFields {

    /** Far above any hospital's beds; catches a mistyped extra digit group. */
    static final long MAX_COUNT = 100_000;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    List<Problem.FieldError> errors() {
        return errors;
    }

    void error(String field, String reason) {
        errors.add(new Problem.FieldError(field, reason));
    }

    Optional<String> text(JsonObject object, String key, String field, boolean required) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                error(field, "is required");
            }
            return Optional.empty();
        }
        if (!(value instanceof JsonString s)) {
            error(field, "must be a string");
            return Optional.empty();
        }
        return Optional.of(s.getString());
    }

    /** A whole, non-negative count; absent gives {@code absent} (or an error when that is empty). */
    Optional<Integer> count(JsonObject object, String key, String field, Optional<Integer> absent) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (absent.isEmpty()) {
                error(field, "is required");
            }
            return absent;
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            error(field, "must be a whole number of beds, not " + value);
            return Optional.empty();
        }
        if (n.bigIntegerValue().signum() < 0) {
            error(field, "must not be negative");
            return Optional.empty();
        }
        if (n.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(MAX_COUNT)) > 0) {
            error(field, "must be at most " + MAX_COUNT);
            return Optional.empty();
        }
        return Optional.of(n.intValue());
    }

    Optional<Boolean> bool(JsonObject object, String key, String field, boolean absent) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.of(absent);
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.of(value == JsonValue.TRUE);
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return Optional.of(value.getValueType() == JsonValue.ValueType.TRUE);
        }
        error(field, "must be true or false");
        return Optional.empty();
    }

    Optional<Instant> instant(JsonObject object, String key, String field) {
        return text(object, key, field, true).flatMap(t -> {
            try {
                return Optional.of(Instant.parse(t));
            } catch (DateTimeParseException e) {
                error(field, "must be an ISO-8601 instant such as 2026-11-25T14:00:00Z");
                return Optional.empty();
            }
        });
    }

    <E extends Enum<E>> Optional<E> choice(JsonObject object, String key, String field, Class<E> type,
                                           Optional<E> absent) {
        Optional<String> text = text(object, key, field, absent.isEmpty());
        if (text.isEmpty()) {
            return absent;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.get())) {
                return Optional.of(constant);
            }
        }
        error(field, "must be one of " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return Optional.empty();
    }

    Optional<JsonObject> object(JsonObject object, String key, String field, boolean required) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                error(field, "is required");
            }
            return Optional.empty();
        }
        if (!(value instanceof JsonObject o)) {
            error(field, "must be an object");
            return Optional.empty();
        }
        return Optional.of(o);
    }

    /** Builds a value object whose constructor may still refuse; the refusal becomes an error on the field. */
    <T> Optional<T> build(String field, java.util.function.Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            error(field, e.getMessage());
            return Optional.empty();
        }
    }
}
