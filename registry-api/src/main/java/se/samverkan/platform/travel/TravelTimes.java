package se.samverkan.platform.travel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import se.samverkan.gis.travel.EstimatedTravelTimes;
import se.samverkan.gis.travel.TravelTimeModel;

/**
 * The application's one travel-time model, injected wherever minutes are needed (reachable units,
 * reachable hospitals, transfer advice). Today gis's estimates with their documented defaults; a road
 * router plugs in here, and nowhere else.
 */
@ApplicationScoped
public class TravelTimes {

    private final TravelTimeModel model = EstimatedTravelTimes.withDefaults();

    @Produces
    @ApplicationScoped
    TravelTimeModel model() {
        return model;
    }
}
