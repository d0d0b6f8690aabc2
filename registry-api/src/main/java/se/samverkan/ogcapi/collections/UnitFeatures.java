package se.samverkan.ogcapi.collections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import se.samverkan.ogcapi.CollectionMetadata;
import se.samverkan.ogcapi.FeaturePage;
import se.samverkan.ogcapi.FeatureQuery;
import se.samverkan.ogcapi.FeatureSource;
import se.samverkan.ogcapi.SourceFeature;
import se.samverkan.ogcapi.TimeInterval;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.Caller;
import se.samverkan.registry.UnitQueries;
import se.samverkan.registry.UnitReads;
import se.samverkan.registry.UnitView;
import se.samverkan.registry.exchange.UnitExport;

/**
 * Transport units in service, as points at their current position. Read through the registry's
 * {@link UnitReads}, so the rules are the REST API's: sensitive units only for those cleared, every
 * sensitive read logged. Time ({@code datetime}) is when the unit was last confirmed.
 */
@ApplicationScoped
public class UnitFeatures implements FeatureSource {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** Sweden's extent in WGS 84, with margin; units abroad (a military aircraft on a mission) still list. */
    private static final Envelope SWEDEN = new Envelope(10.0, 24.5, 55.0, 69.5);

    @Inject
    UnitReads reads;

    @Override
    public CollectionMetadata metadata() {
        return new CollectionMetadata("units", "Transport units",
                "Every unit in service that can move patients (ambulances, helicopters, aircraft, buses, taxis, "
                        + "rescue and military vehicles) at its current position, with kind, capacities, status "
                        + "and whether it counts as available now. Time is when the unit was last confirmed.",
                SWEDEN, Optional.of(new TimeInterval(Optional.empty(), Optional.empty())));
    }

    @Override
    public FeaturePage features(FeatureQuery query) {
        SignedIn.require(query.caller());
        double[] box = query.bbox().map(b -> new double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()}).orElse(null);
        if (query.offset() > 10_000_000) {
            throw ProblemException.invalid("offset", "is beyond any page of this collection");
        }
        UnitQueries.Page2 page = reads.page(box, query.datetime().flatMap(TimeInterval::start).orElse(null),
                query.datetime().flatMap(TimeInterval::end).orElse(null), query.offset(), query.limit(), query.caller());
        return new FeaturePage(page.items().stream().map(UnitFeatures::feature).toList(), page.matched());
    }

    @Override
    public Optional<SourceFeature> feature(String id, Caller caller) {
        SignedIn.require(caller);
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            UnitView u = reads.one(uuid, caller);
            return u.retiredAt() == null ? Optional.of(feature(u)) : Optional.empty();
        } catch (ProblemException notFound) {
            return Optional.empty();
        }
    }

    static SourceFeature feature(UnitView u) {
        return new SourceFeature(u.id().toString(), u.position() == null ? null
                : GEOMETRY.createPoint(new Coordinate(u.position().longitude(), u.position().latitude())),
                UnitExport.properties(u));
    }
}
