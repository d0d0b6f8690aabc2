package se.samverkan.ogcapi.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One collection as {@code /collections} and {@code /collections/{id}} describe it. */
@JsonbPropertyOrder({"id", "title", "description", "itemType", "extent", "crs", "storageCrs", "links"})
public record CollectionView(String id, String title, String description, String itemType, Extent extent,
                             List<String> crs, String storageCrs, List<Link> links) {

    @JsonbPropertyOrder({"spatial", "temporal"})
    public record Extent(Spatial spatial, Temporal temporal) {
    }

    @JsonbPropertyOrder({"bbox", "crs"})
    public record Spatial(List<double[]> bbox, String crs) {
    }

    @JsonbPropertyOrder({"interval", "trs"})
    public record Temporal(List<List<String>> interval, String trs) {
    }
}
