package se.samverkan.registry;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A unit as a caller may see it: what the list, search and single-record endpoints return, and what the
 * audit trail stores before and after a change. {@code availableNow} and {@code stale} are computed from the
 * readiness in force and the region's confirmation interval at the moment of reading.
 */
@JsonbPropertyOrder({"id", "callSign", "registration", "kind", "tier", "organisation", "homeRegion", "base", "status",
    "careLevel", "capacity", "crew", "capabilities", "operatingHours", "dispatchBy", "availableFrom", "availableNow",
    "position", "distanceMetres", "sensitive", "lastConfirmedAt", "stale", "retiredAt", "version"})
public record UnitView(UUID id, String callSign, String registration, String kind, Integer tier,
                       OrganisationRef organisation, String homeRegion, BaseRef base, String status, String careLevel,
                       UnitInput.CapacityInput capacity, List<String> crew, List<String> capabilities,
                       String operatingHours, String dispatchBy, String availableFrom, boolean availableNow,
                       Position position, Double distanceMetres, boolean sensitive, Instant lastConfirmedAt,
                       boolean stale, Instant retiredAt, long version) {

    public record OrganisationRef(String code, String name, String sector) {
    }

    public record BaseRef(String code, String name) {
    }

    /** The same unit as the input that would recreate it: what export writes and import reads. */
    public UnitInput toInput() {
        return new UnitInput(callSign, registration, kind, tier, organisation.code(), homeRegion,
                base == null ? null : base.code(), status, careLevel, capacity, crew, capabilities, operatingHours,
                dispatchBy, availableFrom, position, sensitive);
    }
}
