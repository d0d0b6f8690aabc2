package se.samverkan.planner;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import se.samverkan.gis.GeoPoint;

/**
 * A receiving hospital with its beds per care category.
 *
 * @param id        unique within a scenario
 * @param name      for people
 * @param location  where patients are handed over
 * @param region    county code of the region that runs it ("23" Jämtland Härjedalen)
 * @param capacity  beds per care category; a category that is absent has no beds
 */
public record Hospital(String id, String name, GeoPoint location, String region, Map<CareNeed, BedCapacity> capacity) {

    public Hospital {
        InvalidPlanningInputException.require(id != null && !id.isBlank(), "id", "must not be blank");
        InvalidPlanningInputException.require(location != null, "location", "is required");
        InvalidPlanningInputException.require(HealthcareRegions.isCounty(region), "region",
                "must be a Swedish county code such as \"01\" or \"23\", was " + region);
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(capacity, "capacity");
        Map<CareNeed, BedCapacity> copy = new EnumMap<>(CareNeed.class);
        copy.putAll(capacity);
        capacity = Map.copyOf(copy);
    }

    private static final BedCapacity NONE = new BedCapacity(0, 0);

    public BedCapacity capacityFor(CareNeed need) {
        return capacity.getOrDefault(need, NONE);
    }

    public String healthcareRegion() {
        return HealthcareRegions.of(region);
    }
}
