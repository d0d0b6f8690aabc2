package se.samverkan.registry.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import se.samverkan.platform.problem.ProblemException;

/**
 * Accepts a search area as GeoJSON: a Polygon or MultiPolygon, or a Feature holding one. Anything else (a
 * Point, a LineString, malformed JSON, coordinates outside WGS 84) is refused with the reason, so the
 * database never sees it.
 */
final class AreaGeometry {

    private AreaGeometry() {
    }

    static String polygonGeoJson(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "a GeoJSON Polygon or MultiPolygon is required");
        }
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(body))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ProblemException.invalid("body", "is not a JSON object");
        }
        if ("Feature".equals(object.getString("type", null)) && object.get("geometry") instanceof JsonObject g) {
            object = g;
        }
        String type = object.getString("type", null);
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            throw ProblemException.invalid("type", "must be Polygon or MultiPolygon, was " + type);
        }
        JsonValue coordinates = object.get("coordinates");
        if (!(coordinates instanceof JsonArray array) || array.isEmpty()) {
            throw ProblemException.invalid("coordinates", "must be a non-empty array of linear rings");
        }
        checkPositions("coordinates", array, 0);
        return Json.createObjectBuilder().add("type", type).add("coordinates", array).build().toString();
    }

    private static void checkPositions(String field, JsonArray array, int depth) {
        if (depth > 4) {
            throw ProblemException.invalid(field, "is nested too deeply for a polygon");
        }
        if (!array.isEmpty() && array.get(0).getValueType() == JsonValue.ValueType.NUMBER) {
            if (array.size() < 2) {
                throw ProblemException.invalid(field, "a position needs a longitude and a latitude");
            }
            double lon = array.getJsonNumber(0).doubleValue();
            double lat = array.getJsonNumber(1).doubleValue();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw ProblemException.invalid(field, "position [" + lon + ", " + lat + "] is outside WGS 84 (longitude first)");
            }
            return;
        }
        for (JsonValue v : array) {
            if (!(v instanceof JsonArray inner)) {
                throw ProblemException.invalid(field, "must contain only arrays of positions");
            }
            checkPositions(field, inner, depth + 1);
        }
    }
}
