package se.samverkan.ogcapi;

import java.util.Optional;
import se.samverkan.platform.security.Caller;

/**
 * One collection of the OGC API: a CDI bean implementing this is published at
 * {@code /ogcapi/collections/{id}} without any other change. Implementations apply the same visibility rules
 * as the REST API (the caller is given), filter by bounding box and time, and page; geometries are WGS 84
 * (x = longitude, y = latitude): the API transforms them to the CRS the client asks for.
 */
public interface FeatureSource {

    CollectionMetadata metadata();

    /** The features matching the query, one page of them, with how many match in all. */
    FeaturePage features(FeatureQuery query);

    /** One feature by its id, if it exists and the caller may see it. */
    Optional<SourceFeature> feature(String id, Caller caller);
}
