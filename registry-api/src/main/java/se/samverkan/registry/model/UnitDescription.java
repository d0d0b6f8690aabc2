package se.samverkan.registry.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import se.samverkan.readiness.model.ReadinessLevel;

/**
 * Everything a region states about a unit, already checked for form: what the API and the importer hand
 * to the registry to create or replace a unit. References (organisation, base) are by code.
 */
public record UnitDescription(String callSign, String registration, String kind, Integer tier,
                              String organisationCode, String homeRegion, String baseCode, UnitStatus status,
                              CareLevel careLevel, Capacity capacity, Set<CrewCompetence> crew,
                              List<String> capabilities, String operatingHours, String dispatchBy,
                              ReadinessLevel availableFrom, Point position, boolean sensitive) {

    public UnitDescription {
        Objects.requireNonNull(callSign, "callSign");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organisationCode, "organisation");
        Objects.requireNonNull(homeRegion, "homeRegion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(careLevel, "careLevel");
        Objects.requireNonNull(capacity, "capacity");
        crew = crew == null ? Set.of() : Set.copyOf(crew);
        capabilities = capabilities == null ? List.of() : capabilities.stream().distinct().sorted().toList();
        operatingHours = operatingHours == null || operatingHours.isBlank() ? "24/7" : operatingHours;
        availableFrom = availableFrom == null ? ReadinessLevel.NORMAL : availableFrom;
    }
}
