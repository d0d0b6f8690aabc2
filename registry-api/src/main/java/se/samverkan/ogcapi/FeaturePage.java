package se.samverkan.ogcapi;

import java.util.List;

/** One page of features and how many features match the query in all (for numberMatched and next links). */
public record FeaturePage(List<SourceFeature> features, long numberMatched) {

    public FeaturePage {
        features = List.copyOf(features);
        if (numberMatched < features.size()) {
            throw new IllegalArgumentException("numberMatched cannot be less than the features on the page");
        }
    }
}
