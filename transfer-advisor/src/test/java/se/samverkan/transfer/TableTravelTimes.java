package se.samverkan.transfer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelEstimate;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;

/**
 * A hand-made travel-time model for tests: fixed minutes and kilometres per pair of places, mode and
 * urgency, the same in both directions, so every cost and time in the tests can be worked out by hand.
 * A pair or mode not in the table is unreachable.
 */
public final class TableTravelTimes implements TravelTimeModel {

    /** Sunderby sjukhus, Luleå (test code LUL). */
    public static final GeoPoint LULEA = new GeoPoint(65.6, 22.1);
    /** Norrlands universitetssjukhus, Umeå (test code UME). */
    public static final GeoPoint UMEA = new GeoPoint(63.8, 20.3);
    /** Kiruna sjukhus (test code KIR). */
    public static final GeoPoint KIRUNA = new GeoPoint(67.85, 20.22);

    private record Key(Set<GeoPoint> pair, TransportMode mode, Urgency urgency) {
    }

    private final Map<Key, double[]> table = new HashMap<>();

    public TableTravelTimes put(GeoPoint a, GeoPoint b, TransportMode mode, Urgency urgency, double minutes, double km) {
        table.put(new Key(Set.of(a, b), mode, urgency), new double[] {minutes, km});
        return this;
    }

    /** The same for both urgencies (aircraft, taxi). */
    public TableTravelTimes put(GeoPoint a, GeoPoint b, TransportMode mode, double minutes, double km) {
        return put(a, b, mode, Urgency.URGENT, minutes, km).put(a, b, mode, Urgency.NON_URGENT, minutes, km);
    }

    @Override
    public TravelEstimate estimate(GeoPoint from, GeoPoint to, TransportMode mode, Urgency urgency) {
        double[] entry = table.get(new Key(Set.of(from, to), mode, urgency));
        return entry == null ? TravelEstimate.unreachable(mode, "no " + mode + " route in the test table")
                : TravelEstimate.of(mode, entry[0], entry[1]);
    }

    /**
     * Luleå–Umeå: road ambulance 240 min with blue lights, 300 min without, 270 km; taxi 300 min, 270 km;
     * ambulance bus 330 min, 270 km; helicopter 90 min, 230 km; fixed wing 150 min, 300 km.
     * Kiruna–Umeå: road 600 min (10 h) either way, 560 km; taxi 600 min, 560 km; bus 660 min, 560 km;
     * no helicopter (beyond range); fixed wing 150 min, 550 km.
     */
    public static TableTravelTimes northernTestTable() {
        return new TableTravelTimes()
                .put(LULEA, UMEA, TransportMode.ROAD_AMBULANCE, Urgency.URGENT, 240, 270)
                .put(LULEA, UMEA, TransportMode.ROAD_AMBULANCE, Urgency.NON_URGENT, 300, 270)
                .put(LULEA, UMEA, TransportMode.TAXI, 300, 270)
                .put(LULEA, UMEA, TransportMode.AMBULANCE_BUS, 330, 270)
                .put(LULEA, UMEA, TransportMode.HELICOPTER, 90, 230)
                .put(LULEA, UMEA, TransportMode.FIXED_WING, 150, 300)
                .put(KIRUNA, UMEA, TransportMode.ROAD_AMBULANCE, 600, 560)
                .put(KIRUNA, UMEA, TransportMode.TAXI, 600, 560)
                .put(KIRUNA, UMEA, TransportMode.AMBULANCE_BUS, 660, 560)
                .put(KIRUNA, UMEA, TransportMode.FIXED_WING, 150, 550);
    }
}
