package se.samverkan.ogcapi.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a collection's items: a GeoJSON FeatureCollection with paging links and counts. */
@JsonbPropertyOrder({"type", "features", "links", "numberMatched", "numberReturned", "timeStamp"})
public record FeatureCollectionView(String type, List<FeatureView> features, List<Link> links, long numberMatched,
                                    int numberReturned, String timeStamp) {

    public FeatureCollectionView(List<FeatureView> features, List<Link> links, long numberMatched, String timeStamp) {
        this("FeatureCollection", features, links, numberMatched, features.size(), timeStamp);
    }
}
