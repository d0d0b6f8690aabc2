package se.samverkan.planning.model;

import java.time.Instant;
import java.util.List;
import se.samverkan.gis.GeoPoint;

/**
 * An incident as a coordinator states it, checked: name, where (and in which region: found from the
 * location or named), from when patients can be picked up, and the casualties.
 */
public record IncidentDraft(String name, String description, GeoPoint location, String regionCode,
                            boolean regionLocated, Instant readyAt, List<CasualtyCount> casualties) {

    public IncidentDraft {
        casualties = List.copyOf(casualties);
    }
}
