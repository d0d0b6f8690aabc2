package se.samverkan.benchmarks.demo;

import java.util.Objects;
import se.samverkan.benchmarks.demo.Vocabulary.Sector;

/**
 * An owner of bases and units, as {@code POST /api/organisations} takes it. Region is null for national
 * organisations: state agencies, the armed forces, and federations of all regions such as Svenskt
 * Ambulansflyg, whose units live in several regions.
 */
public record Organisation(String code, String name, Sector sector, String region, boolean sensitive) {

    public Organisation {
        DemoChecks.code(code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        if (region != null && !DemoChecks.isCounty(region)) {
            throw new IllegalArgumentException("region must be a two-digit county code, was " + region);
        }
        if (region == null && (sector == Sector.MUNICIPAL || sector == Sector.VOLUNTEER)) {
            throw new IllegalArgumentException("municipal and volunteer organisations belong to a region: " + code);
        }
    }
}
