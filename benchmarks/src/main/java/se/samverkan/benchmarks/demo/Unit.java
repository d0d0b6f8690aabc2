package se.samverkan.benchmarks.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.samverkan.benchmarks.demo.Vocabulary.Capability;
import se.samverkan.benchmarks.demo.Vocabulary.CareLevel;
import se.samverkan.benchmarks.demo.Vocabulary.CrewRole;
import se.samverkan.benchmarks.demo.Vocabulary.ReadinessLevel;
import se.samverkan.benchmarks.demo.Vocabulary.UnitKind;
import se.samverkan.benchmarks.demo.Vocabulary.UnitStatus;
import se.samverkan.gis.GeoPoint;

/**
 * One transport unit, one row of the units CSV. {@code tier} is null when the kind has no typed tiers,
 * {@code base} null for a unit without a home base.
 */
public record Unit(String callSign, String registration, UnitKind kind, Integer tier, String organisation,
        String homeRegion, String base, UnitStatus status, CareLevel careLevel, int lying, int seated,
        int wheelchair, int incubator, List<CrewRole> crew, Set<Capability> capabilities, String operatingHours,
        String dispatchBy, ReadinessLevel availableFrom, GeoPoint position, boolean sensitive) {

    public Unit {
        DemoChecks.code(callSign);
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(kind, "kind");
        if (!kind.allowsTier(tier)) {
            throw new IllegalArgumentException(kind + " has no tier " + tier + ": " + callSign);
        }
        DemoChecks.code(organisation);
        if (!DemoChecks.isCounty(homeRegion)) {
            throw new IllegalArgumentException("home region must be a two-digit county code, was " + homeRegion);
        }
        if (base != null) {
            DemoChecks.code(base);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(careLevel, "careLevel");
        if (lying < 0 || seated < 0 || wheelchair < 0 || incubator < 0) {
            throw new IllegalArgumentException("capacities must not be negative: " + callSign);
        }
        crew = List.copyOf(crew);
        // An EnumSet iterates in declaration order, so the CSV cell is the same for the same set.
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
        Objects.requireNonNull(operatingHours, "operatingHours");
        Objects.requireNonNull(dispatchBy, "dispatchBy");
        Objects.requireNonNull(availableFrom, "availableFrom");
        Objects.requireNonNull(position, "position");
        if (kind.military() && !sensitive) {
            throw new IllegalArgumentException("military units are always sensitive: " + callSign);
        }
    }

    /** The capabilities in declaration order (the order of the CSV cell). */
    public List<Capability> orderedCapabilities() {
        return capabilities.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(capabilities));
    }
}
