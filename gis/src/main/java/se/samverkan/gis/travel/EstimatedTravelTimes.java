package se.samverkan.gis.travel;

import java.util.List;
import java.util.Objects;
import se.samverkan.gis.GeoPoint;

/**
 * The built-in travel-time estimates, from great-circle distances and the numbers in
 * {@link TravelTimeParameters}:
 * <ul>
 *   <li>road modes: great-circle × detour factor, driven over the mode's cumulative speed bands after its
 *       start (turnout) time;</li>
 *   <li>helicopter: dispatch + great-circle at cruise speed + landing and handover; unreachable beyond its
 *       range;</li>
 *   <li>fixed wing: the later of aircraft readiness and the road leg to the airport nearest the origin,
 *       then ground time, the flight to the airport nearest the destination and the road leg from it;
 *       unreachable when either end has no usable airport within reach or both ends share one.</li>
 * </ul>
 * Immutable and thread-safe. {@link #minutesMatrix} works on precomputed unit vectors, without
 * trigonometry per pair beyond one {@code asin}, and gives exactly the minutes {@link #estimate} gives.
 */
public final class EstimatedTravelTimes implements TravelTimeModel {

    static final double MEAN_EARTH_RADIUS_KM = 6_371.0088;

    private final TravelTimeParameters parameters;
    private final Airport[] airports;
    private final double[] airportVectors;
    /** Flight minutes between usable airports, row-major; ground time and dispatch excluded. */
    private final double[] flightMinutes;

    public EstimatedTravelTimes(TravelTimeParameters parameters, List<Airport> airports) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.airports = airports.stream()
                .filter(a -> a.hasRunwayOf(parameters.fixedWingMinRunwayMetres()))
                .toArray(Airport[]::new);
        this.airportVectors = new double[this.airports.length * 3];
        for (int i = 0; i < this.airports.length; i++) {
            unitVector(this.airports[i].location(), airportVectors, i * 3);
        }
        int n = this.airports.length;
        this.flightMinutes = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                flightMinutes[i * n + j] = greatCircleKm(airportVectors, i * 3, airportVectors, j * 3)
                        * 60.0 / parameters.fixedWingCruiseKmh();
            }
        }
    }

    /** The documented default parameters with the bundled list of Swedish airports. */
    public static EstimatedTravelTimes withDefaults() {
        return new EstimatedTravelTimes(TravelTimeParameters.defaults(), Airports.bundled());
    }

    public TravelTimeParameters parameters() {
        return parameters;
    }

    /** The airports the fixed-wing estimate may use (runway long enough). */
    public List<Airport> usableAirports() {
        return List.of(airports);
    }

    @Override
    public TravelEstimate estimate(GeoPoint from, GeoPoint to, TransportMode mode, Urgency urgency) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(urgency, "urgency");
        double[] a = unitVector(from);
        double[] b = unitVector(to);
        double km = greatCircleKm(a, 0, b, 0);
        return switch (mode) {
            case ROAD_AMBULANCE, AMBULANCE_BUS, TAXI -> {
                double roadKm = km * parameters.roadDetourFactor();
                yield TravelEstimate.of(mode, parameters.roadProfile(mode, urgency).minutes(roadKm), roadKm);
            }
            case HELICOPTER -> km > parameters.helicopterMaxRangeKm()
                    ? TravelEstimate.unreachable(mode, String.format(java.util.Locale.ROOT,
                            "%.0f km is beyond the helicopter's range of %.0f km without refuelling",
                            km, parameters.helicopterMaxRangeKm()))
                    : TravelEstimate.of(mode, helicopterMinutes(km), km);
            case FIXED_WING -> fixedWing(a, b, urgency);
        };
    }

    private TravelEstimate fixedWing(double[] from, double[] to, Urgency urgency) {
        int departure = nearestAirport(from, 0);
        int arrival = nearestAirport(to, 0);
        String reach = String.format(java.util.Locale.ROOT, "within %.0f road km with a runway of at least %d m",
                parameters.fixedWingMaxRoadLegKm(), parameters.fixedWingMinRunwayMetres());
        if (departure < 0) {
            return TravelEstimate.unreachable(TransportMode.FIXED_WING, "no airport " + reach + " of the origin");
        }
        if (arrival < 0) {
            return TravelEstimate.unreachable(TransportMode.FIXED_WING, "no airport " + reach + " of the destination");
        }
        if (departure == arrival) {
            Airport shared = airports[departure];
            return TravelEstimate.unreachable(TransportMode.FIXED_WING, shared.name() + " (" + shared.icao()
                    + ") is the nearest airport to both ends: the journey is a road journey");
        }
        RoadProfile road = parameters.roadProfile(TransportMode.FIXED_WING, urgency);
        double firstLegKm = roadKmToAirport(from, 0, departure);
        double lastLegKm = roadKmToAirport(to, 0, arrival);
        double flightKm = greatCircleKm(airportVectors, departure * 3, airportVectors, arrival * 3);
        double minutes = fixedWingMinutes(road.minutes(firstLegKm), departure, arrival, road.drivingMinutes(lastLegKm));
        return TravelEstimate.of(TransportMode.FIXED_WING, minutes, firstLegKm + flightKm + lastLegKm);
    }

    private double helicopterMinutes(double km) {
        return parameters.helicopterDispatchMinutes() + km * 60.0 / parameters.helicopterCruiseKmh()
                + parameters.helicopterLandingMinutes();
    }

    /** The aircraft gets ready while the patient is driven to the airport: the later of the two counts. */
    private double fixedWingMinutes(double firstLegMinutes, int departure, int arrival, double lastLegMinutes) {
        return Math.max(parameters.fixedWingDispatchMinutes(), firstLegMinutes) + parameters.fixedWingTurnaroundMinutes()
                + flightMinutes[departure * airports.length + arrival] + lastLegMinutes;
    }

    /** Index of the usable airport nearest the point if its road leg is short enough, else -1. */
    private int nearestAirport(double[] vectors, int offset) {
        int best = -1;
        double bestKm = Double.POSITIVE_INFINITY;
        for (int i = 0; i < airports.length; i++) {
            double km = greatCircleKm(vectors, offset, airportVectors, i * 3);
            if (km < bestKm) {
                bestKm = km;
                best = i;
            }
        }
        return best >= 0 && bestKm * parameters.roadDetourFactor() <= parameters.fixedWingMaxRoadLegKm() ? best : -1;
    }

    private double roadKmToAirport(double[] vectors, int offset, int airport) {
        return greatCircleKm(vectors, offset, airportVectors, airport * 3) * parameters.roadDetourFactor();
    }

    @Override
    public double[] minutesMatrix(List<GeoPoint> origins, List<GeoPoint> destinations, TransportMode mode, Urgency urgency) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(urgency, "urgency");
        int rows = origins.size();
        int columns = destinations.size();
        double[] o = unitVectors(origins);
        double[] d = unitVectors(destinations);
        double[] result = new double[rows * columns];
        switch (mode) {
            case ROAD_AMBULANCE, AMBULANCE_BUS, TAXI -> roadMatrix(o, rows, d, columns, parameters.roadProfile(mode, urgency), result);
            case HELICOPTER -> helicopterMatrix(o, rows, d, columns, result);
            case FIXED_WING -> fixedWingMatrix(o, rows, d, columns, urgency, result);
        }
        return result;
    }

    private void roadMatrix(double[] o, int rows, double[] d, int columns, RoadProfile profile, double[] result) {
        // The bands flattened into arrays so the inner loop touches no objects.
        int bandCount = profile.bands().size();
        double[] upTo = new double[bandCount];
        double[] minutesPerKm = new double[bandCount];
        double[] minutesAtStart = new double[bandCount];
        double from = 0;
        double minutes = profile.startMinutes();
        for (int k = 0; k < bandCount; k++) {
            SpeedBand band = profile.bands().get(k);
            upTo[k] = band.upToKm();
            minutesPerKm[k] = 60.0 / band.kmh();
            minutesAtStart[k] = minutes;
            if (k + 1 < bandCount) {
                minutes += (band.upToKm() - from) * minutesPerKm[k];
                from = band.upToKm();
            }
        }
        double[] bandStart = new double[bandCount];
        for (int k = 1; k < bandCount; k++) {
            bandStart[k] = upTo[k - 1];
        }
        double detour = parameters.roadDetourFactor();
        for (int i = 0; i < rows; i++) {
            int row = i * columns;
            for (int j = 0; j < columns; j++) {
                double km = greatCircleKm(o, i * 3, d, j * 3) * detour;
                int k = 0;
                while (km > upTo[k]) {
                    k++;
                }
                result[row + j] = minutesAtStart[k] + (km - bandStart[k]) * minutesPerKm[k];
            }
        }
    }

    private void helicopterMatrix(double[] o, int rows, double[] d, int columns, double[] result) {
        double range = parameters.helicopterMaxRangeKm();
        for (int i = 0; i < rows; i++) {
            int row = i * columns;
            for (int j = 0; j < columns; j++) {
                double km = greatCircleKm(o, i * 3, d, j * 3);
                result[row + j] = km > range ? Double.POSITIVE_INFINITY : helicopterMinutes(km);
            }
        }
    }

    private void fixedWingMatrix(double[] o, int rows, double[] d, int columns, Urgency urgency, double[] result) {
        RoadProfile road = parameters.roadProfile(TransportMode.FIXED_WING, urgency);
        int[] departure = new int[rows];
        double[] firstLeg = new double[rows];
        for (int i = 0; i < rows; i++) {
            departure[i] = nearestAirport(o, i * 3);
            firstLeg[i] = departure[i] < 0 ? 0 : road.minutes(roadKmToAirport(o, i * 3, departure[i]));
        }
        int[] arrival = new int[columns];
        double[] lastLeg = new double[columns];
        for (int j = 0; j < columns; j++) {
            arrival[j] = nearestAirport(d, j * 3);
            lastLeg[j] = arrival[j] < 0 ? 0 : road.drivingMinutes(roadKmToAirport(d, j * 3, arrival[j]));
        }
        for (int i = 0; i < rows; i++) {
            int row = i * columns;
            for (int j = 0; j < columns; j++) {
                result[row + j] = departure[i] < 0 || arrival[j] < 0 || departure[i] == arrival[j]
                        ? Double.POSITIVE_INFINITY
                        : fixedWingMinutes(firstLeg[i], departure[i], arrival[j], lastLeg[j]);
            }
        }
    }

    private static double[] unitVectors(List<GeoPoint> points) {
        double[] vectors = new double[points.size() * 3];
        for (int i = 0; i < points.size(); i++) {
            unitVector(points.get(i), vectors, i * 3);
        }
        return vectors;
    }

    private static double[] unitVector(GeoPoint point) {
        double[] v = new double[3];
        unitVector(point, v, 0);
        return v;
    }

    /** The point as a unit vector from the Earth's centre: distances then need no trigonometry per pair. */
    private static void unitVector(GeoPoint point, double[] into, int offset) {
        double phi = Math.toRadians(point.latitude());
        double lambda = Math.toRadians(point.longitude());
        double cosPhi = Math.cos(phi);
        into[offset] = cosPhi * Math.cos(lambda);
        into[offset + 1] = cosPhi * Math.sin(lambda);
        into[offset + 2] = Math.sin(phi);
    }

    /**
     * Great-circle kilometres on the mean-radius sphere from the chord between two unit vectors
     * (central angle = 2 asin(chord / 2)); well conditioned for short distances, unlike the law of cosines.
     */
    static double greatCircleKm(double[] a, int i, double[] b, int j) {
        double dx = a[i] - b[j];
        double dy = a[i + 1] - b[j + 1];
        double dz = a[i + 2] - b[j + 2];
        double chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
        return 2 * MEAN_EARTH_RADIUS_KM * Math.asin(Math.min(1, chord / 2));
    }
}
