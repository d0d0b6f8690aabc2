package se.samverkan.ogcapi.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import se.samverkan.gis.GeoJsonGeometry;

/** A GeoJSON Feature with OGC API links. */
@JsonbPropertyOrder({"type", "id", "geometry", "properties", "links"})
public record FeatureView(String type, String id, GeoJsonGeometry geometry, Map<String, Object> properties, List<Link> links) {

    public FeatureView(String id, GeoJsonGeometry geometry, Map<String, Object> properties, List<Link> links) {
        this("Feature", id, geometry, properties, links);
    }
}
