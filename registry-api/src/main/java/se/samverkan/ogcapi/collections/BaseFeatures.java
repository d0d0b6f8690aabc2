package se.samverkan.ogcapi.collections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.Caller;
import se.samverkan.registry.BaseView;
import se.samverkan.registry.Inventory;

/**
 * Bases and stations in service. A few hundred rows, read through the registry's {@link Inventory} (which
 * hides sensitive bases from those not cleared) and filtered in memory.
 */
@ApplicationScoped
public class BaseFeatures implements FeatureSource {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final Envelope SWEDEN = new Envelope(10.0, 24.5, 55.0, 69.5);

    @Inject
    Inventory inventory;

    @Override
    public CollectionMetadata metadata() {
        return new CollectionMetadata("bases", "Bases and stations",
                "Ambulance stations, air bases, depots and other bases where units are stationed.", SWEDEN,
                Optional.empty());
    }

    @Override
    public FeaturePage features(FeatureQuery query) {
        SignedIn.require(query.caller());
        List<BaseView> matching = inventory.bases(null, null, false, query.caller()).stream()
                .filter(b -> query.bbox().map(box -> box.contains(b.position().longitude(), b.position().latitude()))
                        .orElse(true))
                .toList();
        return new FeaturePage(matching.stream().skip(query.offset()).limit(query.limit()).map(BaseFeatures::feature).toList(),
                matching.size());
    }

    @Override
    public Optional<SourceFeature> feature(String id, Caller caller) {
        SignedIn.require(caller);
        try {
            BaseView b = BaseView.of(inventory.base(UUID.fromString(id), caller));
            return b.retiredAt() == null ? Optional.of(feature(b)) : Optional.empty();
        } catch (IllegalArgumentException | ProblemException notFound) {
            return Optional.empty();
        }
    }

    static SourceFeature feature(BaseView b) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("code", b.code());
        props.put("name", b.name());
        props.put("kind", b.kind());
        props.put("region", b.region());
        props.put("organisation", b.organisation());
        props.put("address", b.address() == null ? "" : b.address());
        return new SourceFeature(b.id().toString(),
                GEOMETRY.createPoint(new Coordinate(b.position().longitude(), b.position().latitude())), props);
    }
}
