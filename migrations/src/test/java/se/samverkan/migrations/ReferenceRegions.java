package se.samverkan.migrations;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** The region outlines of reference/sweden-regions.geojson, read once for the reference-data tests. */
final class ReferenceRegions {

    static final GeometryFactory FACTORY = new GeometryFactory();

    private ReferenceRegions() {
    }

    /** GeoJSON geometry per two-digit county code, in file order. */
    static Map<String, JsonObject> geoJsonByCode() {
        Map<String, JsonObject> byCode = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(Path.of("reference/sweden-regions.geojson")))) {
            for (JsonObject feature : reader.readObject().getJsonArray("features").getValuesAs(JsonObject.class)) {
                String code = String.format("%02d", feature.getJsonObject("properties").getInt("l_id"));
                byCode.put(code, feature.getJsonObject("geometry"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byCode;
    }

    /** JTS outline per two-digit county code. */
    static Map<String, MultiPolygon> boundariesByCode() {
        Map<String, MultiPolygon> byCode = new LinkedHashMap<>();
        geoJsonByCode().forEach((code, geometry) -> byCode.put(code, toMultiPolygon(geometry)));
        return byCode;
    }

    static MultiPolygon toMultiPolygon(JsonObject geometry) {
        JsonArray coordinates = geometry.getJsonArray("coordinates");
        List<JsonArray> polygonArrays = "Polygon".equals(geometry.getString("type"))
                ? List.of(coordinates)
                : coordinates.getValuesAs(JsonArray.class);
        return FACTORY.createMultiPolygon(polygonArrays.stream().map(p -> {
            List<JsonArray> rings = p.getValuesAs(JsonArray.class);
            LinearRing shell = ring(rings.get(0));
            LinearRing[] holes = rings.subList(1, rings.size()).stream()
                    .map(ReferenceRegions::ring).toArray(LinearRing[]::new);
            return FACTORY.createPolygon(shell, holes);
        }).toArray(Polygon[]::new));
    }

    private static LinearRing ring(JsonArray positions) {
        return FACTORY.createLinearRing(positions.getValuesAs(JsonArray.class).stream()
                .map(p -> new Coordinate(p.getJsonNumber(0).doubleValue(), p.getJsonNumber(1).doubleValue()))
                .toArray(Coordinate[]::new));
    }
}
