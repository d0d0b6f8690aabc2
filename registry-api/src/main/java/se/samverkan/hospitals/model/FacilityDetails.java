package se.samverkan.hospitals.model;

import java.util.Objects;
import java.util.regex.Pattern;
import se.samverkan.gis.GeoPoint;

/**
 * What a user says about a receiving facility they add or change: name, position, level (none for a
 * facility that is no hospital of the three levels), helipad and nearest airport (ICAO code).
 */
public record FacilityDetails(String name, GeoPoint location, HospitalLevel level, boolean helipad,
                              String nearestAirport) {

    public static final String ICAO_PATTERN = "[A-Z]{4}";
    private static final Pattern ICAO = Pattern.compile(ICAO_PATTERN);

    public FacilityDetails {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("name must hold 1 to 200 characters");
        }
        name = name.strip();
        Objects.requireNonNull(location, "location");
        if (nearestAirport != null && !ICAO.matcher(nearestAirport).matches()) {
            throw new IllegalArgumentException("nearestAirport must be a four-letter ICAO code such as ESNZ");
        }
    }
}
