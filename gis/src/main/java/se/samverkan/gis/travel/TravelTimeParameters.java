package se.samverkan.gis.travel;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every number the built-in travel-time estimates use, in one place. {@link #defaults()} holds the values
 * documented with their sources in {@code docs/travel-times.md}; {@link #withOverrides(Properties)} and
 * {@link #load(Path)} change any of them from a properties file (keys as in {@link #toProperties()}).
 *
 * @param roadDetourFactor           road kilometres per great-circle kilometre (circuity of the road network)
 * @param urgentAmbulance            road ambulance with blue lights and siren (utryckning)
 * @param nonUrgentAmbulance         road ambulance in normal traffic
 * @param ambulanceBus               ambulance bus, always in normal traffic
 * @param taxi                       taxi or special vehicle for patient travel, normal traffic
 * @param helicopterDispatchMinutes  from tasking until lift-off
 * @param helicopterCruiseKmh        great-circle cruise speed
 * @param helicopterLandingMinutes   approach, landing and handover at the destination
 * @param helicopterMaxRangeKm       longest leg without a refuelling stop; beyond it the mode is unreachable
 * @param fixedWingDispatchMinutes   from tasking until the aircraft is ready to board (runs while the
 *                                   patient is driven to the airport)
 * @param fixedWingCruiseKmh         average great-circle speed between airports, climb and descent included
 * @param fixedWingTurnaroundMinutes ground time at both airports together: loading, taxi, unloading
 * @param fixedWingMaxRoadLegKm      longest road leg to or from an airport worth a flight
 * @param fixedWingMinRunwayMetres   shortest runway the aircraft uses
 */
public record TravelTimeParameters(
        double roadDetourFactor,
        RoadProfile urgentAmbulance,
        RoadProfile nonUrgentAmbulance,
        RoadProfile ambulanceBus,
        RoadProfile taxi,
        double helicopterDispatchMinutes,
        double helicopterCruiseKmh,
        double helicopterLandingMinutes,
        double helicopterMaxRangeKm,
        double fixedWingDispatchMinutes,
        double fixedWingCruiseKmh,
        double fixedWingTurnaroundMinutes,
        double fixedWingMaxRoadLegKm,
        int fixedWingMinRunwayMetres) {

    public TravelTimeParameters {
        if (!(roadDetourFactor >= 1) || Double.isInfinite(roadDetourFactor)) {
            throw new IllegalArgumentException("the road detour factor must be at least 1, was " + roadDetourFactor);
        }
        Objects.requireNonNull(urgentAmbulance, "urgentAmbulance");
        Objects.requireNonNull(nonUrgentAmbulance, "nonUrgentAmbulance");
        Objects.requireNonNull(ambulanceBus, "ambulanceBus");
        Objects.requireNonNull(taxi, "taxi");
        requireMinutes("helicopter dispatch", helicopterDispatchMinutes);
        requireSpeed("helicopter cruise", helicopterCruiseKmh);
        requireMinutes("helicopter landing", helicopterLandingMinutes);
        if (!(helicopterMaxRangeKm > 0)) {
            throw new IllegalArgumentException("the helicopter range must be positive, was " + helicopterMaxRangeKm);
        }
        requireMinutes("fixed-wing dispatch", fixedWingDispatchMinutes);
        requireSpeed("fixed-wing cruise", fixedWingCruiseKmh);
        requireMinutes("fixed-wing turnaround", fixedWingTurnaroundMinutes);
        if (!(fixedWingMaxRoadLegKm > 0)) {
            throw new IllegalArgumentException("the longest road leg to an airport must be positive, was " + fixedWingMaxRoadLegKm);
        }
        if (fixedWingMinRunwayMetres < 0) {
            throw new IllegalArgumentException("the shortest runway must be zero or more, was " + fixedWingMinRunwayMetres);
        }
    }

    /** The documented defaults; docs/travel-times.md gives the source of each. */
    public static TravelTimeParameters defaults() {
        return new TravelTimeParameters(
                1.3,
                RoadProfile.of(2, new SpeedBand(10, 55), new SpeedBand(50, 80), new SpeedBand(Double.POSITIVE_INFINITY, 95)),
                RoadProfile.of(5, new SpeedBand(10, 45), new SpeedBand(50, 70), new SpeedBand(Double.POSITIVE_INFINITY, 85)),
                RoadProfile.of(30, new SpeedBand(10, 40), new SpeedBand(50, 65), new SpeedBand(Double.POSITIVE_INFINITY, 80)),
                RoadProfile.of(2, new SpeedBand(10, 40), new SpeedBand(50, 65), new SpeedBand(Double.POSITIVE_INFINITY, 85)),
                10, 240, 10, 600,
                45, 480, 30, 150, 1000);
    }

    /** The road profile a road mode drives with; buses and taxis never drive with blue lights. */
    public RoadProfile roadProfile(TransportMode mode, Urgency urgency) {
        return switch (mode) {
            case ROAD_AMBULANCE, HELICOPTER, FIXED_WING -> urgency == Urgency.URGENT ? urgentAmbulance : nonUrgentAmbulance;
            case AMBULANCE_BUS -> ambulanceBus;
            case TAXI -> taxi;
        };
    }

    /** Reads a properties file (UTF-8) and applies it over {@link #defaults()}. */
    public static TravelTimeParameters load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return defaults().withOverrides(properties);
    }

    /**
     * These parameters with the values named in {@code overrides} replaced. An unknown key is an error, so
     * a misspelt key never silently leaves a default in place.
     */
    public TravelTimeParameters withOverrides(Properties overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        toProperties().forEach((k, v) -> values.put((String) k, (String) v));
        Set<String> unknown = new TreeSet<>(overrides.stringPropertyNames());
        unknown.removeAll(values.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown travel-time parameters: " + unknown + "; known: " + values.keySet());
        }
        overrides.stringPropertyNames().forEach(key -> values.put(key, overrides.getProperty(key).strip()));
        Function<String, Double> number = key -> {
            try {
                return Double.parseDouble(values.get(key));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a number, was '" + values.get(key) + "'");
            }
        };
        return new TravelTimeParameters(
                number.apply("road.detourFactor"),
                profile(values, number, "road.ambulance.urgent"),
                profile(values, number, "road.ambulance.nonUrgent"),
                profile(values, number, "road.ambulanceBus"),
                profile(values, number, "road.taxi"),
                number.apply("helicopter.dispatchMinutes"),
                number.apply("helicopter.cruiseKmh"),
                number.apply("helicopter.landingMinutes"),
                number.apply("helicopter.maxRangeKm"),
                number.apply("fixedWing.dispatchMinutes"),
                number.apply("fixedWing.cruiseKmh"),
                number.apply("fixedWing.turnaroundMinutes"),
                number.apply("fixedWing.maxRoadLegKm"),
                (int) Math.round(number.apply("fixedWing.minRunwayMetres")));
    }

    private static RoadProfile profile(Map<String, String> values, Function<String, Double> number, String prefix) {
        return RoadProfile.parse(number.apply(prefix + ".startMinutes"), values.get(prefix + ".bands"));
    }

    /** Every parameter under the key a properties file uses; bands read {@code upToKm:kmh,…,*:kmh}. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("road.detourFactor", Double.toString(roadDetourFactor));
        put(p, "road.ambulance.urgent", urgentAmbulance);
        put(p, "road.ambulance.nonUrgent", nonUrgentAmbulance);
        put(p, "road.ambulanceBus", ambulanceBus);
        put(p, "road.taxi", taxi);
        p.setProperty("helicopter.dispatchMinutes", Double.toString(helicopterDispatchMinutes));
        p.setProperty("helicopter.cruiseKmh", Double.toString(helicopterCruiseKmh));
        p.setProperty("helicopter.landingMinutes", Double.toString(helicopterLandingMinutes));
        p.setProperty("helicopter.maxRangeKm", Double.toString(helicopterMaxRangeKm));
        p.setProperty("fixedWing.dispatchMinutes", Double.toString(fixedWingDispatchMinutes));
        p.setProperty("fixedWing.cruiseKmh", Double.toString(fixedWingCruiseKmh));
        p.setProperty("fixedWing.turnaroundMinutes", Double.toString(fixedWingTurnaroundMinutes));
        p.setProperty("fixedWing.maxRoadLegKm", Double.toString(fixedWingMaxRoadLegKm));
        p.setProperty("fixedWing.minRunwayMetres", Integer.toString(fixedWingMinRunwayMetres));
        return p;
    }

    private static void put(Properties p, String prefix, RoadProfile profile) {
        p.setProperty(prefix + ".startMinutes", Double.toString(profile.startMinutes()));
        p.setProperty(prefix + ".bands", profile.formatBands());
    }

    private static void requireMinutes(String what, double minutes) {
        if (!(minutes >= 0) || Double.isInfinite(minutes)) {
            throw new IllegalArgumentException(what + " minutes must be zero or more, was " + minutes);
        }
    }

    private static void requireSpeed(String what, double kmh) {
        if (!(kmh > 0) || Double.isInfinite(kmh)) {
            throw new IllegalArgumentException(what + " speed must be positive, was " + kmh);
        }
    }
}
