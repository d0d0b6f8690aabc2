package se.samverkan.gis.travel;

import java.util.Objects;
import se.samverkan.gis.GeoPoint;

/**
 * An airport an air ambulance can use: ICAO code, name, position (middle of the longest runway) and the
 * length of its longest paved runway in metres (0 when not known).
 */
public record Airport(String icao, String name, GeoPoint location, int runwayMetres) {

    public Airport {
        Objects.requireNonNull(icao, "icao");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        if (!icao.matches("[A-Z]{4}")) {
            throw new IllegalArgumentException("an ICAO airport code is four capital letters, was '" + icao + "'");
        }
        if (runwayMetres < 0) {
            throw new IllegalArgumentException("runway length must be zero (unknown) or more, was " + runwayMetres);
        }
    }

    /** Whether the runway is known to be at least {@code metres} long. */
    public boolean hasRunwayOf(int metres) {
        return runwayMetres >= metres;
    }
}
