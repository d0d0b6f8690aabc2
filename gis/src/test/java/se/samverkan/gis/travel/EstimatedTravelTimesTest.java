package se.samverkan.gis.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;

/**
 * Hand-computed cases per mode. Points lie on the meridian 15° E, so great-circle distances are
 * degrees × 6 371.0088 km × π / 180: 0.1° = 11.11951 km, 0.5° = 55.59754 km, 1° = 111.19508 km.
 * The parameters are the test's own, not the defaults, so tuning a default never breaks these sums.
 */
class EstimatedTravelTimesTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    static final TravelTimeParameters PARAMETERS = new TravelTimeParameters(
            1.2,
            RoadProfile.of(2, new SpeedBand(10, 60), new SpeedBand(50, 90), new SpeedBand(INF, 120)),
            RoadProfile.of(5, new SpeedBand(10, 40), new SpeedBand(INF, 80)),
            RoadProfile.of(30, new SpeedBand(INF, 60)),
            RoadProfile.of(1, new SpeedBand(INF, 50)),
            10, 240, 10, 600,
            45, 480, 30, 150, 1000);

    static final Airport SOUTH = new Airport("ESAA", "South", new GeoPoint(60.0, 15.0), 2000);
    static final Airport NORTH = new Airport("ESBB", "North", new GeoPoint(64.0, 15.0), 1500);
    static final Airport SHORT_RUNWAY = new Airport("ESCC", "Short", new GeoPoint(62.0, 15.0), 800);

    private final EstimatedTravelTimes model = new EstimatedTravelTimes(PARAMETERS, List.of(SOUTH, NORTH, SHORT_RUNWAY));

    private static GeoPoint at(double latitude) {
        return new GeoPoint(latitude, 15.0);
    }

    @Test
    void urgentRoadAmbulanceDrivesTheBandsInTurn() {
        // 0.5° = 55.59754 km × 1.2 = 66.71705 road km:
        // 2 start + 10 km at 60 (10 min) + 40 km at 90 (26.66667) + 16.71705 km at 120 (8.35852) = 47.02519
        TravelEstimate e = model.estimate(at(60.0), at(60.5), TransportMode.ROAD_AMBULANCE, Urgency.URGENT);

        assertThat(e.reachable()).isTrue();
        assertThat(e.kilometres()).isCloseTo(66.71705, within(1e-4));
        assertThat(e.minutes()).isCloseTo(47.02519, within(1e-4));
    }

    @Test
    void nonUrgentRoadAmbulanceUsesItsOwnProfile() {
        // 66.71705 road km: 5 start + 10 km at 40 (15 min) + 56.71705 km at 80 (42.53779) = 62.53779
        TravelEstimate e = model.estimate(at(60.0), at(60.5), TransportMode.ROAD_AMBULANCE, Urgency.NON_URGENT);

        assertThat(e.minutes()).isCloseTo(62.53779, within(1e-4));
    }

    @Test
    void ambulanceBusNeverDrivesUrgently() {
        // 66.71705 road km: 30 start + 66.71705 km at 60 (66.71705 min) = 96.71705, whatever the urgency
        TravelEstimate urgent = model.estimate(at(60.0), at(60.5), TransportMode.AMBULANCE_BUS, Urgency.URGENT);
        TravelEstimate normal = model.estimate(at(60.0), at(60.5), TransportMode.AMBULANCE_BUS, Urgency.NON_URGENT);

        assertThat(urgent.minutes()).isCloseTo(96.71705, within(1e-4));
        assertThat(normal.minutes()).isEqualTo(urgent.minutes());
    }

    @Test
    void taxiDrivesInNormalTraffic() {
        // 0.1° = 11.11951 km × 1.2 = 13.34341 road km: 1 start + 13.34341 km at 50 (16.01209) = 17.01209
        TravelEstimate e = model.estimate(at(60.0), at(60.1), TransportMode.TAXI, Urgency.URGENT);

        assertThat(e.minutes()).isCloseTo(17.01209, within(1e-4));
        assertThat(e.kilometres()).isCloseTo(13.34341, within(1e-4));
    }

    @Test
    void roadJourneyOfNoDistanceTakesTheStartTime() {
        TravelEstimate e = model.estimate(at(60.0), at(60.0), TransportMode.ROAD_AMBULANCE, Urgency.URGENT);

        assertThat(e.minutes()).isEqualTo(2.0);
        assertThat(e.kilometres()).isZero();
    }

    @Test
    void helicopterFliesTheGreatCircle() {
        // 10 dispatch + 111.19508 km at 240 km/h (27.79877) + 10 landing and handover = 47.79877
        TravelEstimate e = model.estimate(at(60.0), at(61.0), TransportMode.HELICOPTER, Urgency.URGENT);

        assertThat(e.minutes()).isCloseTo(47.79877, within(1e-4));
        assertThat(e.kilometres()).isCloseTo(111.19508, within(1e-4));
    }

    @Test
    void helicopterBeyondItsRangeIsUnreachable() {
        // 6° = 667 km > 600 km range
        TravelEstimate e = model.estimate(at(58.0), at(64.0), TransportMode.HELICOPTER, Urgency.URGENT);

        assertThat(e.reachable()).isFalse();
        assertThat(e.minutes()).isEqualTo(INF);
        assertThat(e.reason()).contains("667 km").contains("600 km");
    }

    @Test
    void fixedWingWaitsForTheAircraftWhenTheFirstRoadLegIsShort() {
        // first leg 0.2° × 1.2 = 26.68682 km urgent: 2 + 10 + 16.68682 km at 90 (11.12455) = 23.12455 < 45 dispatch
        // 45 + 30 ground + 4° = 444.78032 km at 480 (55.59754) + last leg 0.1° × 1.2 = 13.34341 km
        // driven without start: 10 + 3.34341 km at 90 (2.22894) = 12.22894 → 142.82648
        TravelEstimate e = model.estimate(at(60.2), at(63.9), TransportMode.FIXED_WING, Urgency.URGENT);

        assertThat(e.reachable()).isTrue();
        assertThat(e.minutes()).isCloseTo(142.82648, within(1e-4));
        assertThat(e.kilometres()).isCloseTo(26.68682 + 444.78032 + 13.34341, within(1e-4));
    }

    @Test
    void fixedWingWaitsForThePatientWhenTheFirstRoadLegIsLong() {
        // origin 61.0: nearest usable airport South (1°; Short at 62° has too short a runway), 133.43410 road km:
        // 2 + 10 + 40 km at 90 (26.66667) + 83.43410 km at 120 (41.71705) = 80.38371 > 45 dispatch
        // 80.38371 + 30 + 55.59754 + 12.22894 = 178.21019
        TravelEstimate e = model.estimate(at(61.0), at(63.9), TransportMode.FIXED_WING, Urgency.URGENT);

        assertThat(e.minutes()).isCloseTo(178.21019, within(1e-4));
    }

    @Test
    void fixedWingIsUnreachableWithoutAnAirportNearTheOrigin() {
        // origin 58.5: 1.5° × 1.2 = 200 road km to South, more than the 150 km allowed
        TravelEstimate e = model.estimate(at(58.5), at(63.9), TransportMode.FIXED_WING, Urgency.URGENT);

        assertThat(e.reachable()).isFalse();
        assertThat(e.reason()).contains("origin").contains("150").contains("1000 m");
    }

    @Test
    void fixedWingIsUnreachableWithoutAnAirportNearTheDestination() {
        TravelEstimate e = model.estimate(at(60.1), at(66.0), TransportMode.FIXED_WING, Urgency.URGENT);

        assertThat(e.reachable()).isFalse();
        assertThat(e.reason()).contains("destination");
    }

    @Test
    void fixedWingIsUnreachableWhenBothEndsShareTheirAirport() {
        TravelEstimate e = model.estimate(at(60.1), at(60.4), TransportMode.FIXED_WING, Urgency.URGENT);

        assertThat(e.reachable()).isFalse();
        assertThat(e.reason()).contains("South (ESAA)").contains("road");
    }

    @Test
    void airportsWithTooShortARunwayAreNotUsed() {
        assertThat(model.usableAirports()).containsExactly(SOUTH, NORTH);
    }

    @Test
    void matrixGivesTheSameMinutesAsSingleEstimatesForEveryMode() {
        List<GeoPoint> origins = List.of(at(58.5), at(60.2), at(61.0), new GeoPoint(59.33, 18.07), at(63.9));
        List<GeoPoint> destinations = List.of(at(60.4), at(63.9), new GeoPoint(65.58, 22.15), at(66.0));
        for (TransportMode mode : TransportMode.values()) {
            for (Urgency urgency : Urgency.values()) {
                double[] matrix = model.minutesMatrix(origins, destinations, mode, urgency);
                for (int i = 0; i < origins.size(); i++) {
                    for (int j = 0; j < destinations.size(); j++) {
                        double single = model.estimate(origins.get(i), destinations.get(j), mode, urgency).minutes();
                        assertThat(matrix[i * destinations.size() + j])
                                .as("%s %s from %s to %s", mode, urgency, origins.get(i), destinations.get(j))
                                .isCloseTo(single, within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void greatCircleMatchesTheHaversineOfGeoPoint() {
        GeoPoint stockholm = new GeoPoint(59.3293, 18.0686);
        GeoPoint karlstad = new GeoPoint(59.3793, 13.5036);
        double km = model.estimate(stockholm, karlstad, TransportMode.HELICOPTER, Urgency.URGENT).kilometres();

        assertThat(km).isCloseTo(stockholm.distanceTo(karlstad) / 1000, within(1e-6));
    }
}
