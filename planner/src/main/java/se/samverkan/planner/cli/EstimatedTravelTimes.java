package se.samverkan.planner.cli;

import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelEstimate;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;

/**
 * A stand-in travel-time model for the command line and the benchmarks until the GIS module's model is
 * available: great-circle distance, a detour factor of 1.3 on roads, and typical speeds. Road ambulances
 * 80 km/h urgent (65 otherwise), ambulance buses 65, taxis 70; helicopters 10 min dispatch, 240 km/h,
 * 5 min landing and handover; fixed wing only beyond 150 km, 60 min of airport legs and turnaround, 450 km/h.
 */
public final class EstimatedTravelTimes implements TravelTimeModel {

    private static final double DETOUR = 1.3;

    @Override
    public TravelEstimate estimate(GeoPoint from, GeoPoint to, TransportMode mode, Urgency urgency) {
        double km = from.distanceTo(to) / 1000.0;
        double road = km * DETOUR;
        return switch (mode) {
            case ROAD_AMBULANCE -> TravelEstimate.of(mode, road / (urgency == Urgency.URGENT ? 80 : 65) * 60, road);
            case AMBULANCE_BUS -> TravelEstimate.of(mode, road / 65 * 60, road);
            case TAXI -> TravelEstimate.of(mode, road / 70 * 60, road);
            case HELICOPTER -> TravelEstimate.of(mode, km < 0.5 ? 0 : 10 + km / 240 * 60 + 5, km);
            case FIXED_WING -> km < 150 && km > 0.5
                    ? TravelEstimate.unreachable(mode, "under 150 km a fixed-wing flight is slower than the road")
                    : TravelEstimate.of(mode, km < 0.5 ? 0 : 60 + km / 450 * 60, km);
        };
    }
}
