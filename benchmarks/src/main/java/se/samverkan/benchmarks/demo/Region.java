package se.samverkan.benchmarks.demo;

import java.util.Objects;
import se.samverkan.gis.GeoPoint;

/** One of the 21 regions: county code, the region's name, a short name, its seat and its population. */
public record Region(String code, String name, String shortName, String seatName, GeoPoint seat, int population) {

    public Region {
        if (!DemoChecks.isCounty(code)) {
            throw new IllegalArgumentException("county code must be two digits, was " + code);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(seatName, "seatName");
        Objects.requireNonNull(seat, "seat");
        if (population <= 0) {
            throw new IllegalArgumentException("population must be positive, was " + population);
        }
    }
}
