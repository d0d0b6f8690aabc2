package se.samverkan.hospitals.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.hospitals.CapacityReporting.CategoryTotal;
import se.samverkan.hospitals.CapacityReporting.RegionCapacity;
import se.samverkan.hospitals.model.CareCategory;

/**
 * Capacity summed by care category over the current reports of a scope (the nation or one region):
 * how many hospitals there are, how many reported, how many of those reports are stale, how many never
 * reported; per category the totals and the available beds of fresh reports alone.
 */
@JsonbPropertyOrder({"scope", "hospitals", "reporting", "stale", "unreported", "staleAfterMinutes", "categories",
        "regions"})
public record SummaryView(String scope, int hospitals, int reporting, int stale, int unreported, long staleAfterMinutes,
                          Map<String, CategoryTotal> categories, List<SummaryView> regions) {

    static SummaryView national(Map<String, RegionCapacity> byRegion, long staleAfterMinutes) {
        Map<CareCategory, CategoryTotal> totals = new EnumMap<>(CareCategory.class);
        int hospitals = 0;
        int reporting = 0;
        int stale = 0;
        int unreported = 0;
        for (RegionCapacity r : byRegion.values()) {
            hospitals += r.hospitals();
            reporting += r.reporting();
            stale += r.stale();
            unreported += r.unreported();
            r.categories().forEach((c, t) -> totals.merge(c, t, CategoryTotal::plus));
        }
        List<SummaryView> regions = byRegion.values().stream().map(r -> region(r, staleAfterMinutes)).toList();
        return new SummaryView("SE", hospitals, reporting, stale, unreported, staleAfterMinutes, named(totals), regions);
    }

    static SummaryView region(RegionCapacity r, long staleAfterMinutes) {
        return new SummaryView(r.region(), r.hospitals(), r.reporting(), r.stale(), r.unreported(), staleAfterMinutes,
                named(r.categories()), null);
    }

    private static Map<String, CategoryTotal> named(Map<CareCategory, CategoryTotal> totals) {
        Map<String, CategoryTotal> named = new LinkedHashMap<>();
        for (CareCategory c : CareCategory.values()) {
            named.put(c.name(), totals.getOrDefault(c, new CategoryTotal(0, 0, 0, 0, 0, 0, 0)));
        }
        return named;
    }
}
