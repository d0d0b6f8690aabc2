package se.samverkan.gis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks proj4j's SWEREF 99 TM projection against Lantmäteriet's published control points, and across
 * Sweden against an independent implementation of the Gauss–Krüger formulas as Lantmäteriet publishes
 * them (series in n to the fourth order, millimetre accurate).
 */
class SwedishGridTest {

    private final SwedishGrid grid = new SwedishGrid();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Stockholm,   59.329300, 18.068600",
        "Kiruna,      67.855800, 20.225300",
        "Smygehuk,    55.337400, 13.359400",
        "Treriksröset, 69.059900, 20.548100",
        "Strömstad,   58.936000, 11.171200",
        "Haparanda,   65.835600, 24.136500",
        "central meridian, 62.000000, 15.000000",
    })
    void projectsLikeTheGaussKrugerFormulas(String place, double lat, double lon) {
        GridPoint expected = GaussKruger.sweref99Tm(lat, lon);

        GridPoint actual = grid.toGrid(new GeoPoint(lat, lon));

        assertThat(actual.northing()).as("northing of %s", place).isCloseTo(expected.northing(), within(0.01));
        assertThat(actual.easting()).as("easting of %s", place).isCloseTo(expected.easting(), within(0.01));
    }

    /**
     * Lantmäteriet's published control points, "Kontrollpunkter RT 90 ↔ SWEREF 99" (2006-05-03): the
     * points A–D in SWEREF 99 latitude/longitude (degrees, minutes, seconds) and in SWEREF 99 TM.
     */
    @ParameterizedTest(name = "control point {0}")
    @CsvSource({
        "A, 67, 5, 26.452769, 21,  2,  5.101575, 7454204.638, 761811.242",
        "B, 63, 32, 14.761735, 16, 14, 59.594626, 7046077.605, 562140.337",
        "C, 60,  9, 33.882413, 14, 45, 28.167152, 6669189.376, 486557.055",
        "D, 56, 21, 17.199245, 13, 52, 23.754022, 6246136.458, 430374.835",
    })
    void matchesLantmaterietsControlPointsToTheCentimetre(String point, int latDeg, int latMin, double latSec,
            int lonDeg, int lonMin, double lonSec, double northing, double easting) {
        GeoPoint geo = new GeoPoint(latDeg + latMin / 60.0 + latSec / 3600, lonDeg + lonMin / 60.0 + lonSec / 3600);

        GridPoint projected = grid.toGrid(geo);
        GeoPoint back = grid.toGeo(new GridPoint(northing, easting));

        assertThat(projected.northing()).as("northing of %s", point).isCloseTo(northing, within(0.01));
        assertThat(projected.easting()).as("easting of %s", point).isCloseTo(easting, within(0.01));
        // 1 cm is about 9e-8 degrees of latitude; of longitude at 67° N about 2.3e-7.
        assertThat(back.latitude()).as("latitude of %s", point).isCloseTo(geo.latitude(), within(9e-8));
        assertThat(back.longitude()).as("longitude of %s", point)
                .isCloseTo(geo.longitude(), within(9e-8 / Math.cos(Math.toRadians(geo.latitude()))));
    }

    @org.junit.jupiter.api.Test
    void projectsEveryCoordinateOfAGeometryAndBack() {
        org.locationtech.jts.geom.GeometryFactory factory = new org.locationtech.jts.geom.GeometryFactory();
        org.locationtech.jts.geom.Geometry line = factory.createLineString(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(18.0686, 59.3293), new org.locationtech.jts.geom.Coordinate(20.2253, 67.8558)});

        org.locationtech.jts.geom.Geometry projected = grid.toGrid(line);
        GridPoint kiruna = grid.toGrid(new GeoPoint(67.8558, 20.2253));

        assertThat(projected.getCoordinates()[1].x).isCloseTo(kiruna.easting(), within(0.001));
        assertThat(projected.getCoordinates()[1].y).isCloseTo(kiruna.northing(), within(0.001));
        assertThat(line.getCoordinates()[1].x).as("the source is left alone").isEqualTo(20.2253);
        assertThat(grid.toGeo(projected).getCoordinates()[0].y).isCloseTo(59.3293, within(1e-8));
    }

    @ParameterizedTest
    @CsvSource({"59.3293, 18.0686", "67.8558, 20.2253", "55.3374, 13.3594"})
    void roundTripsWithinAMillimetre(double lat, double lon) {
        GeoPoint back = grid.toGeo(grid.toGrid(new GeoPoint(lat, lon)));

        // 1e-8 degrees is about 1 mm of latitude.
        assertThat(back.latitude()).isCloseTo(lat, within(1e-8));
        assertThat(back.longitude()).isCloseTo(lon, within(1e-8));
    }

    @ParameterizedTest
    @CsvSource({"56.0", "63.5", "68.9"})
    void pointsOnTheCentralMeridianHaveTheFalseEasting(double lat) {
        assertThat(grid.toGrid(new GeoPoint(lat, 15.0)).easting()).isCloseTo(500_000.0, within(0.001));
    }

    /** Lantmäteriet's Gauss–Krüger forward formulas, written out independently of proj4j. */
    static final class GaussKruger {
        static GridPoint sweref99Tm(double latDeg, double lonDeg) {
            double a = 6_378_137.0;
            double f = 1 / 298.257222101; // GRS 80
            double k0 = 0.9996;
            double lambda0 = Math.toRadians(15.0);
            double falseEasting = 500_000.0;

            double e2 = f * (2 - f);
            double n = f / (2 - f);
            double aHat = a / (1 + n) * (1 + n * n / 4 + Math.pow(n, 4) / 64);
            double capA = e2;
            double capB = (5 * e2 * e2 - Math.pow(e2, 3)) / 6;
            double capC = (104 * Math.pow(e2, 3) - 45 * Math.pow(e2, 4)) / 120;
            double capD = 1237 * Math.pow(e2, 4) / 1260;
            double b1 = n / 2 - 2 * n * n / 3 + 5 * Math.pow(n, 3) / 16 + 41 * Math.pow(n, 4) / 180;
            double b2 = 13 * n * n / 48 - 3 * Math.pow(n, 3) / 5 + 557 * Math.pow(n, 4) / 1440;
            double b3 = 61 * Math.pow(n, 3) / 240 - 103 * Math.pow(n, 4) / 140;
            double b4 = 49561 * Math.pow(n, 4) / 161280;

            double phi = Math.toRadians(latDeg);
            double s = Math.sin(phi);
            double phiStar = phi - s * Math.cos(phi) * (capA + capB * s * s + capC * Math.pow(s, 4) + capD * Math.pow(s, 6));
            double dLambda = Math.toRadians(lonDeg) - lambda0;
            double xi = Math.atan(Math.tan(phiStar) / Math.cos(dLambda));
            double eta = atanh(Math.cos(phiStar) * Math.sin(dLambda));

            double x = k0 * aHat * (xi
                    + b1 * Math.sin(2 * xi) * Math.cosh(2 * eta)
                    + b2 * Math.sin(4 * xi) * Math.cosh(4 * eta)
                    + b3 * Math.sin(6 * xi) * Math.cosh(6 * eta)
                    + b4 * Math.sin(8 * xi) * Math.cosh(8 * eta));
            double y = k0 * aHat * (eta
                    + b1 * Math.cos(2 * xi) * Math.sinh(2 * eta)
                    + b2 * Math.cos(4 * xi) * Math.sinh(4 * eta)
                    + b3 * Math.cos(6 * xi) * Math.sinh(6 * eta)
                    + b4 * Math.cos(8 * xi) * Math.sinh(8 * eta)) + falseEasting;
            return new GridPoint(x, y);
        }

        private static double atanh(double v) {
            return 0.5 * Math.log((1 + v) / (1 - v));
        }
    }
}
