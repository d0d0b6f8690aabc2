package se.samverkan.gis;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A GeoJSON geometry object (RFC 7946, section 3.1) as plain values: a type name and nested lists of
 * {@code [longitude, latitude]} positions. Any JSON binding serialises it without custom adapters,
 * which keeps this module free of JSON libraries.
 *
 * @param type        the GeoJSON type, for example {@code Point} or {@code MultiPolygon}
 * @param coordinates positions nested as the type requires
 */
public record GeoJsonGeometry(String type, Object coordinates) {

    /** RFC 7946 recommends no more than six decimals (about 0.1 m); more only inflates the payload. */
    private static final double PRECISION = 1e6;

    public static GeoJsonGeometry of(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        if (geometry instanceof GeometryCollection && !(geometry instanceof MultiPoint
                || geometry instanceof MultiLineString || geometry instanceof MultiPolygon)) {
            throw new IllegalArgumentException("GeometryCollection is not supported");
        }
        return new GeoJsonGeometry(geometry.getGeometryType(), coordinatesOf(geometry));
    }

    private static Object coordinatesOf(Geometry g) {
        if (g instanceof Point p) {
            return position(p.getCoordinate());
        }
        if (g instanceof LineString line) {
            return positions(line.getCoordinates());
        }
        if (g instanceof Polygon polygon) {
            List<List<double[]>> rings = new ArrayList<>();
            rings.add(positions(polygon.getExteriorRing().getCoordinates()));
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
            }
            return rings;
        }
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            parts.add(coordinatesOf(g.getGeometryN(i)));
        }
        return parts;
    }

    private static List<double[]> positions(Coordinate[] coordinates) {
        List<double[]> out = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            out.add(position(c));
        }
        return out;
    }

    private static double[] position(Coordinate c) {
        return new double[] {round(c.getX()), round(c.getY())};
    }

    private static double round(double value) {
        return Math.round(value * PRECISION) / PRECISION;
    }
}
