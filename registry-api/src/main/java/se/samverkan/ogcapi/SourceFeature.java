package se.samverkan.ogcapi;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/** One feature as a source hands it over: id, WGS 84 geometry (may be null) and properties in order. */
public record SourceFeature(String id, Geometry geometry, Map<String, Object> properties) {

    public SourceFeature {
        Objects.requireNonNull(id, "id");
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }
}
