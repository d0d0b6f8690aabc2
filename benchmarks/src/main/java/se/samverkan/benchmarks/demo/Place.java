package se.samverkan.benchmarks.demo;

import java.util.Objects;
import se.samverkan.gis.GeoPoint;

/** A Swedish town used as a station site, with the county it lies in. */
public record Place(String name, String county, GeoPoint position) {

    public Place {
        Objects.requireNonNull(name, "name");
        if (!DemoChecks.isCounty(county)) {
            throw new IllegalArgumentException("county code must be two digits, was " + county);
        }
        Objects.requireNonNull(position, "position");
    }
}
