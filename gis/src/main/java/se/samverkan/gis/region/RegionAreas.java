package se.samverkan.gis.region;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads region outlines from a GeoJSON FeatureCollection (RFC 7946): one Feature per region with a Polygon or
 * MultiPolygon geometry and the county code in a property (a number such as {@code 1} or a string such as
 * {@code "01"}). Every problem is reported with the feature's position in the file.
 */
public final class RegionAreas {

    /** The properties of the shipped file, migrations/reference/sweden-regions.geojson. */
    public static final String DEFAULT_CODE_PROPERTY = "l_id";
    public static final String DEFAULT_NAME_PROPERTY = "name";

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private RegionAreas() {
    }

    public static List<RegionArea> read(InputStream geoJson) {
        return read(geoJson, DEFAULT_CODE_PROPERTY, DEFAULT_NAME_PROPERTY);
    }

    public static List<RegionArea> read(InputStream geoJson, String codeProperty, String nameProperty) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(geoJson)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a GeoJSON object: " + e.getMessage(), e);
        }
        if (!"FeatureCollection".equals(root.getString("type", null))) {
            throw new IllegalArgumentException("expected a GeoJSON FeatureCollection, found type " + root.get("type"));
        }
        JsonArray features = root.getJsonArray("features");
        if (features == null) {
            throw new IllegalArgumentException("the FeatureCollection has no features array");
        }
        List<RegionArea> areas = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            try {
                areas.add(area(features.getJsonObject(i), codeProperty, nameProperty));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("feature " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(areas);
    }

    private static RegionArea area(JsonObject feature, String codeProperty, String nameProperty) {
        JsonObject properties = feature.getJsonObject("properties");
        if (properties == null || !properties.containsKey(codeProperty)) {
            throw new IllegalArgumentException("no county code in property '" + codeProperty + "'");
        }
        String code = countyCode(properties.get(codeProperty));
        String name = properties.get(nameProperty) instanceof JsonString s ? s.getString() : code;
        JsonObject geometry = feature.getJsonObject("geometry");
        if (geometry == null) {
            throw new IllegalArgumentException("region " + code + " has no geometry");
        }
        return new RegionArea(code, name, multiPolygon(geometry, code));
    }

    private static String countyCode(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return String.format(Locale.ROOT, "%02d", number.intValue());
        }
        if (value instanceof JsonString string && string.getString().strip().matches("[0-9]{1,2}")) {
            return String.format(Locale.ROOT, "%02d", Integer.parseInt(string.getString().strip()));
        }
        throw new IllegalArgumentException("a county code is a number from 1 to 25, was " + value);
    }

    private static MultiPolygon multiPolygon(JsonObject geometry, String code) {
        String type = geometry.getString("type", "");
        JsonArray coordinates = geometry.getJsonArray("coordinates");
        return switch (type) {
            case "Polygon" -> WGS84.createMultiPolygon(new Polygon[] {polygon(coordinates)});
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coordinates.getJsonArray(i));
                }
                yield WGS84.createMultiPolygon(parts);
            }
            default -> throw new IllegalArgumentException("region " + code + " must be a Polygon or MultiPolygon, was " + type);
        };
    }

    private static Polygon polygon(JsonArray rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs an exterior ring");
        }
        LinearRing shell = ring(rings.getJsonArray(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.getJsonArray(i));
        }
        return WGS84.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonArray positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonArray position = positions.getJsonArray(i);
            double lon = position.getJsonNumber(0).doubleValue();
            double lat = position.getJsonNumber(1).doubleValue();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new IllegalArgumentException("position [" + lon + ", " + lat + "] is not longitude, latitude in degrees");
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        return WGS84.createLinearRing(coordinates);
    }
}
