package se.samverkan.benchmarks.demo;

import java.util.Objects;
import se.samverkan.benchmarks.demo.Vocabulary.Sector;

/** An owner of bases and units, as {@code POST /api/organisations} takes it; region is null for national ones. */
public record Organisation(String code, String name, Sector sector, String region, boolean sensitive) {

    public Organisation {
        DemoChecks.code(code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        if (region != null && !DemoChecks.isCounty(region)) {
            throw new IllegalArgumentException("region must be a two-digit county code, was " + region);
        }
        if (region == null && sector != Sector.STATE && sector != Sector.MILITARY) {
            throw new IllegalArgumentException("only state and military organisations are national: " + code);
        }
    }
}
