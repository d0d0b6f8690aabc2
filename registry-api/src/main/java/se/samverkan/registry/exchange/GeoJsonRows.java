package se.samverkan.registry.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GeoJSON import rows: a FeatureCollection whose features carry a Point (the unit's position) and the
 * CSV columns as properties (lists as arrays or ;-separated text). Read with the streaming parser, one
 * feature at a time.
 */
final class GeoJsonRows implements RowSource {

    private final JsonParser parser;
    private int number;

    GeoJsonRows(InputStream in) throws IOException {
        try {
            this.parser = Json.createParser(in);
            seekFeatures();
        } catch (JsonParsingException e) {
            throw new UnreadableFileException(0, "body", "not valid JSON: " + e.getMessage());
        }
    }

    private void seekFeatures() throws IOException {
        if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
            throw new UnreadableFileException(0, "type", "must be a GeoJSON FeatureCollection object");
        }
        while (parser.hasNext()) {
            JsonParser.Event e = parser.next();
            if (e == JsonParser.Event.KEY_NAME && "features".equals(parser.getString())) {
                if (parser.next() != JsonParser.Event.START_ARRAY) {
                    throw new UnreadableFileException(0, "features", "must be an array of Features");
                }
                return;
            }
            if (e == JsonParser.Event.KEY_NAME && "type".equals(parser.getString())) {
                if (parser.next() != JsonParser.Event.VALUE_STRING || !"FeatureCollection".equals(parser.getString())) {
                    throw new UnreadableFileException(0, "type", "must be FeatureCollection");
                }
            } else if (e == JsonParser.Event.START_OBJECT) {
                parser.skipObject();
            } else if (e == JsonParser.Event.START_ARRAY) {
                parser.skipArray();
            }
        }
        throw new UnreadableFileException(0, "features", "is missing: a FeatureCollection needs a features array");
    }

    @Override
    public Row next() throws IOException {
        try {
            JsonParser.Event e = parser.next();
            if (e == JsonParser.Event.END_ARRAY) {
                return null;
            }
            number++;
            if (e != JsonParser.Event.START_OBJECT) {
                return new Row(number, Map.of(), "each element of features must be a Feature object");
            }
            return feature(parser.getObject());
        } catch (JsonParsingException | java.util.NoSuchElementException e) {
            throw new UnreadableFileException(number, "body", "not valid JSON near feature " + number + ": " + e.getMessage());
        }
    }

    private Row feature(JsonObject f) {
        Map<String, String> cells = new LinkedHashMap<>();
        if (f.get("properties") instanceof JsonObject props) {
            for (String column : UnitTable.COLUMNS) {
                JsonValue v = props.get(column);
                if (v != null && v.getValueType() != JsonValue.ValueType.NULL) {
                    cells.put(column, text(v));
                }
            }
        }
        JsonValue g = f.get("geometry");
        if (g == null || g.getValueType() == JsonValue.ValueType.NULL) {
            return new Row(number, cells, null);
        }
        if (!(g instanceof JsonObject geometry) || !"Point".equals(geometry.getString("type", null))) {
            String type = g instanceof JsonObject o ? o.getString("type", "unknown") : "not an object";
            return new Row(number, cells, "must be a Point (the unit's position), was " + type);
        }
        if (!(geometry.get("coordinates") instanceof JsonArray c) || c.size() < 2
                || !(c.get(0) instanceof JsonNumber lon) || !(c.get(1) instanceof JsonNumber lat)) {
            return new Row(number, cells, "a Point needs coordinates [longitude, latitude]");
        }
        cells.put("longitude", lon.toString());
        cells.put("latitude", lat.toString());
        return new Row(number, cells, null);
    }

    private static String text(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case ARRAY -> ((JsonArray) v).stream().map(GeoJsonRows::text).collect(Collectors.joining(UnitTable.LIST_SEPARATOR));
            default -> v.toString();
        };
    }

    @Override
    public void close() {
        parser.close();
    }
}
