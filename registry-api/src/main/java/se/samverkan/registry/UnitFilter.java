package se.samverkan.registry;

import java.util.List;
import java.util.Set;

/**
 * Which units a list, export or area search asks for. Empty sets mean "any"; capabilities are all required.
 * {@code availableNow} and {@code stale} are tri-state: null means either.
 */
public record UnitFilter(Set<String> regions, Set<String> kinds, Set<String> capabilities, Set<String> statuses,
                         Set<String> sectors, Boolean availableNow, Boolean stale, boolean includeRetired) {

    public UnitFilter {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }

    public static UnitFilter all() {
        return new UnitFilter(null, null, null, null, null, null, null, false);
    }

    public static UnitFilter of(List<String> regions, List<String> kinds, List<String> capabilities,
                                List<String> statuses, List<String> sectors, Boolean availableNow, Boolean stale,
                                boolean includeRetired) {
        return new UnitFilter(set(regions), set(kinds), set(capabilities), set(statuses), set(sectors), availableNow,
                stale, includeRetired);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }
}
