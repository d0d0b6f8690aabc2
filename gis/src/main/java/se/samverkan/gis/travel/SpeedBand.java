package se.samverkan.gis.travel;

/**
 * One band of a road profile: the stretch of a journey up to {@code upToKm} road kilometres from the start is
 * driven at {@code kmh}. Bands are cumulative, like a taxi tariff: the first kilometres of every journey are
 * slow town driving, the later ones faster country and motorway driving, so a longer journey is never
 * quicker than a shorter one. The last band of a profile has {@code upToKm = Infinity}.
 */
public record SpeedBand(double upToKm, double kmh) {

    public SpeedBand {
        if (!(upToKm > 0)) {
            throw new IllegalArgumentException("a speed band must end after 0 km, was " + upToKm);
        }
        if (!(kmh > 0) || Double.isInfinite(kmh)) {
            throw new IllegalArgumentException("a speed band needs a positive finite speed, was " + kmh);
        }
    }

    /** {@code 10:55} is up to 10 km at 55 km/h; {@code *:90} is the open-ended last band. */
    static SpeedBand parse(String text) {
        String[] parts = text.trim().split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a speed band reads upToKm:kmh (or *:kmh for the last), was '" + text + "'");
        }
        double upTo = parts[0].trim().equals("*") ? Double.POSITIVE_INFINITY : Double.parseDouble(parts[0].trim());
        return new SpeedBand(upTo, Double.parseDouble(parts[1].trim()));
    }

    String format() {
        return (Double.isInfinite(upToKm) ? "*" : trim(upToKm)) + ":" + trim(kmh);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
