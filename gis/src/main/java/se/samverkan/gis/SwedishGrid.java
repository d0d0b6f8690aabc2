package se.samverkan.gis;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms between WGS 84 and SWEREF 99 TM, Sweden's national grid.
 *
 * <p>SWEREF 99 is tied to ETRS89 and differs from WGS 84 by well under a metre, so, like Lantmäteriet,
 * we treat the datums as identical and only project (transverse Mercator, central meridian 15° E,
 * scale 0.9996, false easting 500 000 m). The definition is written out rather than looked up by EPSG
 * code so that no EPSG database is needed at run time.
 *
 * <p>Instances are thread-safe: proj4j transforms keep state per call, so each call makes its own.
 */
public final class SwedishGrid {

    public static final String SWEREF99_TM_PROJ4 =
            "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
    public static final String WGS84_PROJ4 = "+proj=longlat +datum=WGS84 +no_defs";

    private final CoordinateReferenceSystem wgs84;
    private final CoordinateReferenceSystem sweref99Tm;
    private final CoordinateTransformFactory transforms = new CoordinateTransformFactory();

    public SwedishGrid() {
        CRSFactory crs = new CRSFactory();
        this.wgs84 = crs.createFromParameters("EPSG:4326", WGS84_PROJ4);
        this.sweref99Tm = crs.createFromParameters("EPSG:3006", SWEREF99_TM_PROJ4);
    }

    public GridPoint toGrid(GeoPoint point) {
        ProjCoordinate out = transform(transforms.createTransform(wgs84, sweref99Tm),
                point.longitude(), point.latitude());
        return new GridPoint(out.y, out.x);
    }

    public GeoPoint toGeo(GridPoint point) {
        ProjCoordinate out = transform(transforms.createTransform(sweref99Tm, wgs84),
                point.easting(), point.northing());
        return new GeoPoint(out.y, out.x);
    }

    /**
     * A copy of a WGS 84 geometry (x = longitude, y = latitude) in SWEREF 99 TM (x = easting, y = northing),
     * with one transform for all its coordinates.
     */
    public Geometry toGrid(Geometry geometry) {
        return transformed(geometry, transforms.createTransform(wgs84, sweref99Tm));
    }

    /** A copy of a SWEREF 99 TM geometry (x = easting, y = northing) in WGS 84 (x = longitude, y = latitude). */
    public Geometry toGeo(Geometry geometry) {
        return transformed(geometry, transforms.createTransform(sweref99Tm, wgs84));
    }

    private static Geometry transformed(Geometry source, CoordinateTransform transform) {
        Geometry copy = source.copy();
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                in.x = sequence.getX(i);
                in.y = sequence.getY(i);
                transform.transform(in, out);
                sequence.setOrdinate(i, CoordinateSequence.X, out.x);
                sequence.setOrdinate(i, CoordinateSequence.Y, out.y);
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
        return copy;
    }

    private static ProjCoordinate transform(CoordinateTransform transform, double x, double y) {
        ProjCoordinate out = new ProjCoordinate();
        transform.transform(new ProjCoordinate(x, y), out);
        return out;
    }
}
