package se.samverkan.gis.travel;

import java.util.Objects;
import se.samverkan.gis.GeoPoint;

/** A landing site for ambulance helicopters at a hospital: the hospital's code and name and the position. */
public record Helipad(String hospitalCode, String hospital, GeoPoint location) {

    public Helipad {
        Objects.requireNonNull(hospitalCode, "hospitalCode");
        Objects.requireNonNull(hospital, "hospital");
        Objects.requireNonNull(location, "location");
        if (hospitalCode.isBlank() || hospital.isBlank()) {
            throw new IllegalArgumentException("a helipad needs its hospital's code and name");
        }
    }
}
