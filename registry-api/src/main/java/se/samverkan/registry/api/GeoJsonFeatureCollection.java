package se.samverkan.registry.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import se.samverkan.gis.GeoJsonGeometry;

/** A GeoJSON FeatureCollection (RFC 7946), for GIS clients that ask for {@code application/geo+json}. */
@JsonbPropertyOrder({"type", "features"})
public record GeoJsonFeatureCollection(String type, List<Feature> features) {

    public static final String MEDIA_TYPE = "application/geo+json";

    public GeoJsonFeatureCollection(List<Feature> features) {
        this("FeatureCollection", List.copyOf(features));
    }

    @JsonbPropertyOrder({"type", "id", "geometry", "properties"})
    public record Feature(String type, String id, GeoJsonGeometry geometry, Map<String, Object> properties) {
        public Feature(String id, GeoJsonGeometry geometry, Map<String, Object> properties) {
            this("Feature", id, geometry, properties);
        }
    }
}
