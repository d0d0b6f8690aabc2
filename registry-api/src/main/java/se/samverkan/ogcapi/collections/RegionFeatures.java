package se.samverkan.ogcapi.collections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import se.samverkan.ogcapi.CollectionMetadata;
import se.samverkan.ogcapi.FeaturePage;
import se.samverkan.ogcapi.FeatureQuery;
import se.samverkan.ogcapi.FeatureSource;
import se.samverkan.ogcapi.SourceFeature;
import se.samverkan.platform.security.Caller;
import se.samverkan.registry.RegionCatalog;
import se.samverkan.registry.model.Region;
import se.samverkan.registry.model.RegionCode;

/**
 * The 21 regions with their boundaries, public like {@code /api/regions}. Twenty-one rows: filtered and paged
 * in memory; larger collections filter in PostGIS.
 */
@ApplicationScoped
public class RegionFeatures implements FeatureSource {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Inject
    RegionCatalog catalog;

    @Override
    public CollectionMetadata metadata() {
        Envelope extent = new Envelope();
        catalog.all().forEach(r -> extent.expandToInclude(r.boundary().getEnvelopeInternal()));
        return new CollectionMetadata("regions", "Regions",
                "The 21 Swedish regions (län) with their boundaries, county codes, healthcare regions and seats. "
                        + "Boundaries are simplified: small islands are left out.",
                extent, Optional.empty());
    }

    @Override
    public FeaturePage features(FeatureQuery query) {
        Optional<Geometry> box = query.bbox().map(GEOMETRY::toGeometry);
        List<Region> matching = catalog.all().stream()
                .filter(r -> box.map(b -> b.getEnvelopeInternal().intersects(r.boundary().getEnvelopeInternal())
                        && b.intersects(r.boundary())).orElse(true))
                .toList();
        List<SourceFeature> page = matching.stream().skip(query.offset()).limit(query.limit()).map(RegionFeatures::feature).toList();
        return new FeaturePage(page, matching.size());
    }

    @Override
    public Optional<SourceFeature> feature(String id, Caller caller) {
        if (!id.matches(RegionCode.PATTERN)) {
            return Optional.empty();
        }
        return catalog.find(new RegionCode(id)).map(RegionFeatures::feature);
    }

    private static SourceFeature feature(Region r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", r.code().value());
        p.put("name", r.name());
        p.put("countyName", r.countyName());
        p.put("healthcareRegion", r.healthcareRegion().code());
        p.put("secondHealthcareRegion", r.secondHealthcareRegion().map(h -> h.code()).orElse(null));
        p.put("seatName", r.seatName());
        return new SourceFeature(r.code().value(), r.boundary(), p);
    }
}
