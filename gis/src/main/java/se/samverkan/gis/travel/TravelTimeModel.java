package se.samverkan.gis.travel;

import se.samverkan.gis.GeoPoint;

import java.util.List;

/**
 * Estimates travel times per transport mode. Callers (planner, transfer advisor, reachability search) depend
 * on this interface only, so a real road router can replace the built-in estimates without touching them.
 */
public interface TravelTimeModel {

    TravelEstimate estimate(GeoPoint from, GeoPoint to, TransportMode mode, Urgency urgency);

    /**
     * Minutes for every origin × destination pair, row-major: {@code result[i * destinations.size() + j]}.
     * Unreachable pairs are {@link Double#POSITIVE_INFINITY}. Implementations override this when they can do
     * better than one {@link #estimate} per pair.
     */
    default double[] minutesMatrix(List<GeoPoint> origins, List<GeoPoint> destinations, TransportMode mode, Urgency urgency) {
        double[] result = new double[origins.size() * destinations.size()];
        for (int i = 0; i < origins.size(); i++) {
            for (int j = 0; j < destinations.size(); j++) {
                result[i * destinations.size() + j] = estimate(origins.get(i), destinations.get(j), mode, urgency).minutes();
            }
        }
        return result;
    }
}
