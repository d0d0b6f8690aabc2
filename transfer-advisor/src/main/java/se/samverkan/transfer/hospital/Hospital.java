package se.samverkan.transfer.hospital;

import java.util.Objects;
import se.samverkan.gis.GeoPoint;

/** A hospital as the advisor needs it: its code, name, region (county code, may be empty) and position. */
public record Hospital(String code, String name, String region, GeoPoint point) {

    public Hospital {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(point, "point");
        name = name == null ? code : name;
        region = region == null ? "" : region;
    }
}
