package se.samverkan.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelEstimate;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;
import se.samverkan.platform.security.Caller;

/**
 * "Which units available now can reach this point within N minutes?" PostGIS first keeps the units
 * close enough that even the fastest mode could make it (a radius from the time), then the travel-time
 * model gives each candidate its minutes by its own mode, driving urgently.
 */
@ApplicationScoped
public class Reachability {

    /** No mode covers ground faster than this, door to door (fixed wing cruises at about 480 km/h). */
    static final double FASTEST_KMH = 500;
    static final int MAX_CANDIDATES = UnitQueries.MAX_PAGE * 5;

    @Inject
    UnitReads reads;

    @Inject
    Vocabulary vocabulary;

    @Inject
    TravelTimeModel travelTimes;

    public record ReachableUnit(UnitView unit, String mode, double minutes, double kilometres) {
    }

    public record Answer(double latitude, double longitude, double withinMinutes, Map<String, Integer> byMode,
                         List<ReachableUnit> units, int candidatesChecked) {
    }

    public Answer reachable(double lat, double lon, double minutes, UnitFilter filter, Caller caller) {
        double radiusMetres = Math.min(minutes / 60.0 * FASTEST_KMH, 2500) * 1000;
        UnitFilter available = new UnitFilter(filter.regions(), filter.kinds(), filter.capabilities(), null,
                filter.sectors(), true, null, false);
        List<UnitView> candidates = reads.withinRadius(lat, lon, radiusMetres, available, MAX_CANDIDATES, caller);
        GeoPoint target = new GeoPoint(lat, lon);
        List<ReachableUnit> reachable = new ArrayList<>();
        for (UnitView u : candidates) {
            Vocabulary.Kind kind = vocabulary.snapshot().kinds().get(u.kind());
            if (kind == null || kind.transportMode() == null || u.position() == null) {
                continue;
            }
            TransportMode mode = TransportMode.valueOf(kind.transportMode());
            TravelEstimate e = travelTimes.estimate(new GeoPoint(u.position().latitude(), u.position().longitude()),
                    target, mode, Urgency.URGENT);
            if (e.reachable() && e.minutes() <= minutes) {
                reachable.add(new ReachableUnit(u, mode.name(), Math.round(e.minutes() * 10) / 10.0,
                        Math.round(e.kilometres() * 10) / 10.0));
            }
        }
        reachable.sort(Comparator.comparingDouble(ReachableUnit::minutes));
        Map<String, Integer> byMode = new TreeMap<>();
        reachable.forEach(r -> byMode.merge(r.mode(), 1, Integer::sum));
        return new Answer(lat, lon, minutes, byMode, reachable, candidates.size());
    }
}
