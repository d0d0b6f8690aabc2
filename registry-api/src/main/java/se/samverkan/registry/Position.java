package se.samverkan.registry;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.locationtech.jts.geom.Point;
import se.samverkan.gis.GeoPoint;
import se.samverkan.registry.model.Points;

/** A WGS 84 position on the wire: latitude and longitude in decimal degrees (NaN is refused by the bounds). */
public final class Position {

    @NotNull(message = "is required")
    @DecimalMin(value = "-90", message = "must be between -90 and 90")
    @DecimalMax(value = "90", message = "must be between -90 and 90")
    public final Double latitude;

    @NotNull(message = "is required")
    @DecimalMin(value = "-180", message = "must be between -180 and 180")
    @DecimalMax(value = "180", message = "must be between -180 and 180")
    public final Double longitude;

    // A class, not a record: Payara's OpenAPI generator fails on Bean Validation annotations that a
    // record copies onto its constructor parameters (/openapi answered 500).
    @JsonbCreator
    public Position(@JsonbProperty("latitude") Double latitude, @JsonbProperty("longitude") Double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Position other
                && java.util.Objects.equals(latitude, other.latitude)
                && java.util.Objects.equals(longitude, other.longitude);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(latitude, longitude);
    }

    @Override
    public String toString() {
        return "Position[" + "latitude=" + latitude + ", " + "longitude=" + longitude + "]";
    }


    public static Position of(Point point) {
        return point == null ? null : new Position(point.getY(), point.getX());
    }

    public Point toPoint() {
        return Points.of(new GeoPoint(latitude, longitude));
    }
}
