package se.samverkan.benchmarks.demo;

import java.util.Objects;
import se.samverkan.benchmarks.demo.Vocabulary.BaseKind;
import se.samverkan.gis.GeoPoint;

/** A station, hospital, air base, depot or garrison, as {@code POST /api/bases} takes it. */
public record Base(String code, String name, String region, String organisation, BaseKind kind, String address,
        GeoPoint position, boolean sensitive) {

    public Base {
        DemoChecks.code(code);
        Objects.requireNonNull(name, "name");
        if (!DemoChecks.isCounty(region)) {
            throw new IllegalArgumentException("region must be a two-digit county code, was " + region);
        }
        DemoChecks.code(organisation);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(position, "position");
    }
}
