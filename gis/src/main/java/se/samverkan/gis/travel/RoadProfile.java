package se.samverkan.gis.travel;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How one kind of road vehicle drives: minutes from being tasked until the wheels roll ({@code startMinutes},
 * the turnout time) and cumulative speed bands over the road distance.
 */
public record RoadProfile(double startMinutes, List<SpeedBand> bands) {

    public RoadProfile {
        if (!(startMinutes >= 0) || Double.isInfinite(startMinutes)) {
            throw new IllegalArgumentException("start minutes must be zero or more, was " + startMinutes);
        }
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a road profile needs at least one speed band");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (!(bands.get(i).upToKm() > bands.get(i - 1).upToKm())) {
                throw new IllegalArgumentException("speed bands must end at increasing distances: " + bands);
            }
        }
        if (!Double.isInfinite(bands.get(bands.size() - 1).upToKm())) {
            throw new IllegalArgumentException("the last speed band must be open-ended (*:kmh): " + bands);
        }
    }

    public static RoadProfile of(double startMinutes, SpeedBand... bands) {
        return new RoadProfile(startMinutes, Arrays.asList(bands));
    }

    /** Minutes spent driving {@code km} road kilometres, without the start. */
    public double drivingMinutes(double km) {
        double minutes = 0;
        double from = 0;
        for (SpeedBand band : bands) {
            double to = Math.min(km, band.upToKm());
            minutes += (to - from) * 60.0 / band.kmh();
            if (km <= band.upToKm()) {
                break;
            }
            from = band.upToKm();
        }
        return minutes;
    }

    /** Minutes from being tasked until arriving {@code km} road kilometres away. */
    public double minutes(double km) {
        return startMinutes + drivingMinutes(km);
    }

    /** {@code 10:55,50:80,*:95}, the form the properties file uses. */
    static RoadProfile parse(double startMinutes, String bands) {
        return new RoadProfile(startMinutes, Arrays.stream(bands.split(",")).map(SpeedBand::parse).toList());
    }

    String formatBands() {
        return bands.stream().map(SpeedBand::format).collect(Collectors.joining(","));
    }
}
