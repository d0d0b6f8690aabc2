package se.samverkan.hospitals;

import java.util.Comparator;
import java.util.List;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelEstimate;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;
import se.samverkan.hospitals.model.CareCategory;

/**
 * Which hospitals can take a patient of a care category within a travel time: those whose current report
 * has available beds of the category and that the transport mode reaches in time, fastest first (then by
 * code, so equal times list the same way every time). Plain Java over any {@link TravelTimeModel}.
 */
public final class Reachability {

    private Reachability() {
    }

    public static List<Reachable> rank(List<HospitalStatus> hospitals, GeoPoint from, CareCategory category,
                                       double maxMinutes, TravelTimeModel model, TransportMode mode, Urgency urgency) {
        return hospitals.stream()
                .filter(s -> s.capacity().flatMap(c -> c.beds(category)).map(b -> b.available() > 0).orElse(false))
                .map(s -> new Reachable(s, model.estimate(from, s.hospital().position(), mode, urgency)))
                .filter(r -> r.estimate().reachable() && r.estimate().minutes() <= maxMinutes)
                .sorted(Comparator.comparingDouble((Reachable r) -> r.estimate().minutes())
                        .thenComparing(r -> r.status().hospital().code().value()))
                .toList();
    }

    /** A hospital that can take the patient, with the estimated journey there. */
    public record Reachable(HospitalStatus status, TravelEstimate estimate) {
    }
}
