package se.samverkan.registry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.locationtech.jts.geom.Point;
import se.samverkan.gis.GeoPoint;
import se.samverkan.registry.model.Points;

/** A WGS 84 position on the wire: latitude and longitude in decimal degrees (NaN is refused by the bounds). */
public record Position(
        @NotNull(message = "is required")
        @DecimalMin(value = "-90", message = "must be between -90 and 90")
        @DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
        @NotNull(message = "is required")
        @DecimalMin(value = "-180", message = "must be between -180 and 180")
        @DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude) {

    public static Position of(Point point) {
        return point == null ? null : new Position(point.getY(), point.getX());
    }

    public Point toPoint() {
        return Points.of(new GeoPoint(latitude, longitude));
    }
}
