package se.samverkan.registry;

/** How many units of a kind a region has, how many count as available now, are sensitive or are stale. */
public record UnitCount(String region, String kind, long total, long availableNow, long sensitive, long stale) {
}
