package se.samverkan.planning;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.planner.Triage;
import se.samverkan.planning.model.CasualtyCount;
import se.samverkan.planning.model.Incident;

/**
 * An incident as the API shows it and the audit trail stores it. {@code regionSource} says whether the region
 * was found from the location ({@code LOCATED}) or named by the coordinator ({@code GIVEN}).
 */
@JsonbPropertyOrder({"id", "name", "description", "location", "region", "regionSource", "readyAt", "status",
    "casualties", "patients", "perTriage", "createdAt", "createdBy", "updatedAt", "updatedBy", "closedAt", "closedBy",
    "version"})
public record IncidentView(UUID id, String name, String description, Location location, String region,
                           String regionSource, Instant readyAt, String status, List<Casualties> casualties, int patients,
                           Map<String, Integer> perTriage, Instant createdAt, String createdBy, Instant updatedAt,
                           String updatedBy, Instant closedAt, String closedBy, long version) {

    public record Location(double latitude, double longitude) {
    }

    @JsonbPropertyOrder({"triage", "careNeed", "lying", "count", "readyAt"})
    public record Casualties(String triage, String careNeed, boolean lying, int count, Instant readyAt) {
    }

    public static IncidentView of(Incident i) {
        Map<Triage, Integer> perTriage = new EnumMap<>(Triage.class);
        for (Triage t : Triage.values()) {
            perTriage.put(t, 0);
        }
        for (CasualtyCount c : i.casualties()) {
            perTriage.merge(c.triage(), c.count(), Integer::sum);
        }
        Map<String, Integer> byName = new java.util.LinkedHashMap<>();
        perTriage.forEach((t, n) -> byName.put(t.name(), n));
        return new IncidentView(i.id(), i.name(), i.description().orElse(null),
                new Location(i.location().latitude(), i.location().longitude()), i.regionCode(),
                i.regionLocated() ? "LOCATED" : "GIVEN", i.readyAt(), i.status().name(),
                i.casualties().stream().map(c -> new Casualties(c.triage().name(), c.careNeed().name(), c.lying(),
                        c.count(), c.readyAt().orElse(null))).toList(),
                i.patients(), byName, i.createdAt(), i.createdBy(), i.updatedAt(), i.updatedBy(),
                i.closedAt().orElse(null), i.closedBy().orElse(null), i.version());
    }
}
