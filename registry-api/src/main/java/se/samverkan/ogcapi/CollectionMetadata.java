package se.samverkan.ogcapi;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * What the API says about a collection: id (a path segment), title, description, its spatial extent in
 * WGS 84 and, for collections whose features have time, the temporal extent (open ends allowed).
 */
public record CollectionMetadata(String id, String title, String description, Envelope extent,
                                 Optional<TimeInterval> temporalExtent) {

    public CollectionMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(extent, "extent");
        temporalExtent = temporalExtent == null ? Optional.empty() : temporalExtent;
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a collection id is lower-case letters, digits and hyphens, was " + id);
        }
    }

    public boolean hasTime() {
        return temporalExtent.isPresent();
    }
}
