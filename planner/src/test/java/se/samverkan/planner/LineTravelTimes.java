package se.samverkan.planner;

import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelEstimate;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;

/**
 * A hand-computable travel model for tests: places lie on the meridian 15° E, and {@link #at(double)} puts a
 * place {@code x} road minutes north of 60° N. Road modes drive one minute per 0.01° of latitude, helicopters
 * three times as fast, plus {@code helicopterDispatch} minutes; fixed wing is unreachable.
 */
public final class LineTravelTimes implements TravelTimeModel {

    private final double helicopterDispatch;

    public LineTravelTimes(double helicopterDispatch) {
        this.helicopterDispatch = helicopterDispatch;
    }

    public LineTravelTimes() {
        this(0);
    }

    public static GeoPoint at(double roadMinutes) {
        return new GeoPoint(60 + roadMinutes / 100.0, 15);
    }

    @Override
    public TravelEstimate estimate(GeoPoint from, GeoPoint to, TransportMode mode, Urgency urgency) {
        double road = Math.abs(from.latitude() - to.latitude()) * 100;
        return switch (mode) {
            case ROAD_AMBULANCE, AMBULANCE_BUS, TAXI -> TravelEstimate.of(mode, road, road);
            case HELICOPTER -> TravelEstimate.of(mode, road / 3 + helicopterDispatch, road);
            case FIXED_WING -> TravelEstimate.unreachable(mode, "no airport on the line");
        };
    }
}
