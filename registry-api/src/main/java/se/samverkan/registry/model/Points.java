package se.samverkan.registry.model;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import se.samverkan.gis.GeoPoint;

/** JTS points in WGS 84 (x = longitude, y = latitude, SRID 4326), as PostGIS geography expects them. */
public final class Points {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private Points() {
    }

    public static Point of(GeoPoint p) {
        return WGS84.createPoint(new Coordinate(p.longitude(), p.latitude()));
    }

    public static GeoPoint toGeoPoint(Point p) {
        return new GeoPoint(p.getY(), p.getX());
    }
}
