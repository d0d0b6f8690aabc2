package se.samverkan.ogcapi;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import se.samverkan.platform.security.Caller;

/**
 * What a client asked of a collection, validated: an optional bounding box in WGS 84 (x = longitude), an
 * optional time interval (sources without time ignore it), the page ({@code offset}, {@code limit}) and who
 * asks.
 */
public record FeatureQuery(Optional<Envelope> bbox, Optional<TimeInterval> datetime, int offset, int limit, Caller caller) {

    public FeatureQuery {
        bbox = bbox == null ? Optional.empty() : bbox;
        datetime = datetime == null ? Optional.empty() : datetime;
        Objects.requireNonNull(caller, "caller");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be 0 or more and limit at least 1");
        }
    }
}
