package se.samverkan.transfer.io;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.samverkan.transfer.model.InvalidTransferException;

/**
 * Reads one JSON object's members with their path ({@code modes.TAXI.costPerKmSek}), so every refusal names
 * the member a person has to fix.
 */
public final class JsonFields {

    private final JsonObject object;
    private final String path;

    public JsonFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    public static JsonObject parse(Reader source, String what) {
        try (JsonReader reader = Json.createReader(source)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidTransferException(what, "must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new InvalidTransferException(what, "is not valid JSON at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ": " + e.getMessage());
        } catch (JsonException e) {
            throw new InvalidTransferException(what, "is not valid JSON: " + e.getMessage());
        }
    }

    public JsonObject object() {
        return object;
    }

    public String path(String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    /** Refuses members not in {@code known}: a misspelt parameter must not silently fall back to nothing. */
    public void onlyKnown(Set<String> known) {
        for (String member : new TreeSet<>(object.keySet())) {
            if (!known.contains(member)) {
                throw new InvalidTransferException(path(member), "unknown member; known are " + new TreeSet<>(known));
            }
        }
    }

    public boolean has(String member) {
        return object.containsKey(member) && object.get(member).getValueType() != JsonValue.ValueType.NULL;
    }

    public double number(String member) {
        JsonValue value = required(member);
        if (value instanceof JsonNumber n) {
            return n.doubleValue();
        }
        throw new InvalidTransferException(path(member), "must be a number");
    }

    public Optional<Double> optionalNumber(String member) {
        return has(member) ? Optional.of(number(member)) : Optional.empty();
    }

    public int wholeNumber(String member) {
        double value = number(member);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new InvalidTransferException(path(member), "must be a whole number, was " + value);
        }
        return (int) value;
    }

    public boolean bool(String member) {
        JsonValue value = required(member);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidTransferException(path(member), "must be true or false");
    }

    public String string(String member) {
        JsonValue value = required(member);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidTransferException(path(member), "must be a string");
    }

    public Optional<String> optionalString(String member) {
        return has(member) ? Optional.of(string(member)) : Optional.empty();
    }

    public List<String> strings(String member) {
        JsonValue value = required(member);
        if (!(value instanceof JsonArray array)) {
            throw new InvalidTransferException(path(member), "must be an array of strings");
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString s)) {
                throw new InvalidTransferException(path(member) + "[" + i + "]", "must be a string");
            }
            result.add(s.getString());
        }
        return result;
    }

    public JsonFields child(String member) {
        JsonValue value = required(member);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidTransferException(path(member), "must be a JSON object");
        }
        return new JsonFields(value.asJsonObject(), path(member));
    }

    private JsonValue required(String member) {
        if (!has(member)) {
            throw new InvalidTransferException(path(member), "is missing");
        }
        return object.get(member);
    }
}
