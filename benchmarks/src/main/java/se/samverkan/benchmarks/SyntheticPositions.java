package se.samverkan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.samverkan.gis.GeoPoint;

/**
 * Seeded positions across Sweden for benchmarks: most of them clustered around population centres, as
 * ambulances are, the rest spread over the country's bounding box, as rural units and incidents are.
 */
public final class SyntheticPositions {

    /** Mainland Sweden's bounding box in WGS 84. */
    static final double MIN_LAT = 55.34;
    static final double MAX_LAT = 69.06;
    static final double MIN_LON = 11.11;
    static final double MAX_LON = 24.17;

    private static final GeoPoint[] CENTRES = {
        new GeoPoint(59.3293, 18.0686), new GeoPoint(57.7089, 11.9746), new GeoPoint(55.6050, 13.0038),
        new GeoPoint(59.8586, 17.6389), new GeoPoint(58.4108, 15.6214), new GeoPoint(59.2753, 15.2134),
        new GeoPoint(63.8258, 20.2630), new GeoPoint(65.5848, 22.1547), new GeoPoint(63.1792, 14.6357),
    };
    private static final double CLUSTERED_SHARE = 0.7;
    private static final double CLUSTER_SPREAD_DEG = 0.35;

    private SyntheticPositions() {
    }

    public static List<GeoPoint> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GeoPoint> points = new ArrayList<>(count);
        while (points.size() < count) {
            double lat;
            double lon;
            if (random.nextDouble() < CLUSTERED_SHARE) {
                GeoPoint centre = CENTRES[random.nextInt(CENTRES.length)];
                lat = centre.latitude() + gaussian(random) * CLUSTER_SPREAD_DEG;
                lon = centre.longitude() + gaussian(random) * CLUSTER_SPREAD_DEG * 2;
            } else {
                lat = MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT);
                lon = MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON);
            }
            if (lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON) {
                points.add(new GeoPoint(lat, lon));
            }
        }
        return points;
    }

    /** A standard normal variate from {@code random} (Box–Muller; SplittableRandom has no nextGaussian on Java 17). */
    public static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
