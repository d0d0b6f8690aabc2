package se.samverkan.gis.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;

/** The defaults with the bundled airports behave as coordinators expect, whatever the exact figures. */
class DefaultTravelTimesTest {

    private final EstimatedTravelTimes model = EstimatedTravelTimes.withDefaults();

    private static final GeoPoint STOCKHOLM = new GeoPoint(59.3293, 18.0686);
    private static final GeoPoint UPPSALA = new GeoPoint(59.8586, 17.6389);
    private static final GeoPoint KIRUNA = new GeoPoint(67.8558, 20.2253);
    private static final GeoPoint LUND = new GeoPoint(55.7047, 13.1910);

    @Test
    void bundledAirportsAreInSwedenAndUsable() {
        List<Airport> airports = Airports.bundled();

        assertThat(airports).hasSizeGreaterThanOrEqualTo(40);
        assertThat(airports).extracting(Airport::icao).contains("ESSA", "ESGG", "ESMS", "ESNU", "ESPA", "ESNQ", "ESSV");
        assertThat(airports).allSatisfy(a -> {
            assertThat(a.icao()).startsWith("ES");
            assertThat(a.location().latitude()).isBetween(55.3, 69.1);
            assertThat(a.location().longitude()).isBetween(10.9, 24.2);
        });
        assertThat(model.usableAirports()).hasSameSizeAs(airports);
    }

    @Test
    void urgentDrivingIsFasterThanNormalTraffic() {
        double urgent = model.estimate(STOCKHOLM, UPPSALA, TransportMode.ROAD_AMBULANCE, Urgency.URGENT).minutes();
        double normal = model.estimate(STOCKHOLM, UPPSALA, TransportMode.ROAD_AMBULANCE, Urgency.NON_URGENT).minutes();

        assertThat(urgent).isLessThan(normal);
    }

    @Test
    void overLongDistancesFlyingBeatsDriving() {
        double road = model.estimate(LUND, KIRUNA, TransportMode.ROAD_AMBULANCE, Urgency.URGENT).minutes();
        TravelEstimate flight = model.estimate(LUND, KIRUNA, TransportMode.FIXED_WING, Urgency.URGENT);

        assertThat(flight.reachable()).isTrue();
        assertThat(flight.minutes()).isLessThan(road / 3);
        assertThat(model.estimate(LUND, KIRUNA, TransportMode.HELICOPTER, Urgency.URGENT).reachable()).isFalse();
    }

    @Test
    void withinACityTheRoadAmbulanceBeatsTheHelicopter() {
        GeoPoint south = new GeoPoint(59.30, 18.05);
        double road = model.estimate(south, STOCKHOLM, TransportMode.ROAD_AMBULANCE, Urgency.URGENT).minutes();
        double helicopter = model.estimate(south, STOCKHOLM, TransportMode.HELICOPTER, Urgency.URGENT).minutes();

        assertThat(road).isLessThan(helicopter);
    }
}
