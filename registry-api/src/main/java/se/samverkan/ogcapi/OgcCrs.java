package se.samverkan.ogcapi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.GridPoint;
import se.samverkan.gis.SwedishGrid;

/**
 * The coordinate reference systems the API offers (OGC API – Features Part 2, CRS by reference), each with
 * its axis order, which both bbox values and output coordinates follow: CRS84 longitude/latitude (the
 * default), EPSG:4326 latitude/longitude, EPSG:3006 (SWEREF 99 TM) northing/easting in metres.
 */
public enum OgcCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
    EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326"),
    EPSG_3006("http://www.opengis.net/def/crs/EPSG/0/3006");

    private static final SwedishGrid GRID = new SwedishGrid();
    /** Points per side when a SWEREF 99 TM box is turned into a WGS 84 box: its sides curve in degrees. */
    private static final int SIDE_POINTS = 8;

    private final String uri;

    OgcCrs(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }

    public static List<String> uris() {
        return Arrays.stream(values()).map(OgcCrs::uri).toList();
    }

    /** By URI as in the specification, also https, and by the short forms EPSG:3006 and [EPSG:3006]. */
    public static Optional<OgcCrs> byUri(String text) {
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        value = value.replaceFirst("^https://", "http://");
        for (OgcCrs crs : values()) {
            if (crs.uri.equals(value)) {
                return Optional.of(crs);
            }
        }
        return switch (value.toUpperCase(java.util.Locale.ROOT)) {
            case "OGC:CRS84" -> Optional.of(CRS84);
            case "EPSG:4326" -> Optional.of(EPSG_4326);
            case "EPSG:3006" -> Optional.of(EPSG_3006);
            default -> Optional.empty();
        };
    }

    /**
     * Four bbox values in this CRS's axis order (lower corner, upper corner) as a WGS 84 envelope
     * (x = longitude). Throws with the reason for values out of range, a lower corner above the upper one, or
     * a box crossing the antimeridian (not supported: Sweden is nowhere near it).
     */
    public Envelope toWgs84Envelope(double[] values) {
        if (values.length != 4) {
            throw new IllegalArgumentException("four numbers are needed (lower corner, upper corner); "
                    + "a box with heights (six numbers) is not supported");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("every value must be a finite number");
            }
        }
        return switch (this) {
            case CRS84 -> degrees(values[0], values[1], values[2], values[3], "minimum longitude, minimum latitude, maximum longitude, maximum latitude");
            case EPSG_4326 -> degrees(values[1], values[0], values[3], values[2], "minimum latitude, minimum longitude, maximum latitude, maximum longitude");
            case EPSG_3006 -> grid(values[0], values[1], values[2], values[3]);
        };
    }

    private static Envelope degrees(double minLon, double minLat, double maxLon, double maxLat, String order) {
        if (minLon < -180 || maxLon > 180 || maxLon < -180 || minLon > 180) {
            throw new IllegalArgumentException("longitudes must lie between -180 and 180 (order: " + order + ")");
        }
        if (minLat < -90 || maxLat > 90 || maxLat < -90 || minLat > 90) {
            throw new IllegalArgumentException("latitudes must lie between -90 and 90 (order: " + order + ")");
        }
        if (minLat > maxLat) {
            throw new IllegalArgumentException("the minimum latitude is above the maximum (order: " + order + ")");
        }
        if (minLon > maxLon) {
            throw new IllegalArgumentException("the minimum longitude is east of the maximum: a box across the "
                    + "antimeridian is not supported (order: " + order + ")");
        }
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    private static Envelope grid(double minNorthing, double minEasting, double maxNorthing, double maxEasting) {
        if (minNorthing > maxNorthing || minEasting > maxEasting) {
            throw new IllegalArgumentException("the lower corner is above or right of the upper corner "
                    + "(order: minimum northing, minimum easting, maximum northing, maximum easting)");
        }
        // SWEREF 99 TM is defined for Sweden and its surroundings; far outside, the projection means nothing.
        if (minNorthing < 5_900_000 || maxNorthing > 7_900_000 || minEasting < -300_000 || maxEasting > 1_300_000) {
            throw new IllegalArgumentException("SWEREF 99 TM values must lie around Sweden: northing 5 900 000–7 900 000, "
                    + "easting -300 000–1 300 000 (order: minimum northing, minimum easting, maximum northing, maximum easting)");
        }
        Envelope wgs84 = new Envelope();
        for (int i = 0; i <= SIDE_POINTS; i++) {
            double n = minNorthing + (maxNorthing - minNorthing) * i / SIDE_POINTS;
            double e = minEasting + (maxEasting - minEasting) * i / SIDE_POINTS;
            include(wgs84, n, minEasting);
            include(wgs84, n, maxEasting);
            include(wgs84, minNorthing, e);
            include(wgs84, maxNorthing, e);
        }
        return wgs84;
    }

    private static void include(Envelope envelope, double northing, double easting) {
        GeoPoint p = GRID.toGeo(new GridPoint(northing, easting));
        envelope.expandToInclude(p.longitude(), p.latitude());
    }

    /** A copy of a WGS 84 geometry (x = longitude) in this CRS, in its axis order. */
    public Geometry fromWgs84(Geometry wgs84) {
        return switch (this) {
            case CRS84 -> wgs84;
            case EPSG_4326 -> swapped(wgs84.copy());
            case EPSG_3006 -> swapped(GRID.toGrid(wgs84));
        };
    }

    /** This CRS's extent of a WGS 84 envelope, in its axis order: [lower corner, upper corner]. */
    public double[] bbox(Envelope wgs84) {
        return switch (this) {
            case CRS84 -> new double[] {wgs84.getMinX(), wgs84.getMinY(), wgs84.getMaxX(), wgs84.getMaxY()};
            case EPSG_4326 -> new double[] {wgs84.getMinY(), wgs84.getMinX(), wgs84.getMaxY(), wgs84.getMaxX()};
            case EPSG_3006 -> {
                Envelope grid = GRID.toGrid(new GeometryFactory().toGeometry(wgs84)).getEnvelopeInternal();
                yield new double[] {grid.getMinY(), grid.getMinX(), grid.getMaxY(), grid.getMaxX()};
            }
        };
    }

    private static Geometry swapped(Geometry geometry) {
        geometry.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                double x = sequence.getX(i);
                sequence.setOrdinate(i, Coordinate.X, sequence.getY(i));
                sequence.setOrdinate(i, Coordinate.Y, x);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return geometry;
    }
}
