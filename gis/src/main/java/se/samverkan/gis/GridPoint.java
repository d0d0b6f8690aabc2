package se.samverkan.gis;

/** A position in SWEREF 99 TM (EPSG:3006): northing and easting in metres, as Swedish maps print them. */
public record GridPoint(double northing, double easting) {

    public GridPoint {
        if (!Double.isFinite(northing) || !Double.isFinite(easting)) {
            throw new IllegalArgumentException("northing and easting must be finite numbers");
        }
    }
}
