package se.samverkan.ogcapi.collections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import se.samverkan.hospitals.HospitalDirectory;
import se.samverkan.hospitals.HospitalStatus;
import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.ogcapi.CollectionMetadata;
import se.samverkan.ogcapi.FeaturePage;
import se.samverkan.ogcapi.FeatureQuery;
import se.samverkan.ogcapi.FeatureSource;
import se.samverkan.ogcapi.SourceFeature;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.Caller;

/**
 * Emergency hospitals and receiving facilities with their emergency-department state and whether their
 * capacity report is stale. About seventy rows: read through the hospital directory, filtered in memory.
 */
@ApplicationScoped
public class HospitalFeatures implements FeatureSource {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final Envelope SWEDEN = new Envelope(10.0, 24.5, 55.0, 69.5);

    @Inject
    HospitalDirectory directory;

    @Override
    public CollectionMetadata metadata() {
        return new CollectionMetadata("hospitals", "Hospitals",
                "Emergency hospitals (akutsjukhus) and receiving facilities: level, helipad, nearest airport, "
                        + "emergency-department state and whether the capacity report is stale.", SWEDEN, Optional.empty());
    }

    @Override
    public FeaturePage features(FeatureQuery query) {
        SignedIn.require(query.caller());
        List<HospitalStatus> matching = directory.list(Optional.empty(), Optional.empty(), Optional.empty()).stream()
                .filter(h -> query.bbox().map(b -> b.contains(h.hospital().position().longitude(),
                        h.hospital().position().latitude())).orElse(true))
                .toList();
        return new FeaturePage(matching.stream().skip(query.offset()).limit(query.limit()).map(HospitalFeatures::feature)
                .toList(), matching.size());
    }

    @Override
    public Optional<SourceFeature> feature(String id, Caller caller) {
        SignedIn.require(caller);
        try {
            return Optional.of(feature(directory.find(new HospitalCode(id))));
        } catch (IllegalArgumentException | ProblemException notFound) {
            return Optional.empty();
        }
    }

    static SourceFeature feature(HospitalStatus s) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("code", s.hospital().code().value());
        props.put("name", s.hospital().name());
        props.put("region", s.hospital().regionCode());
        s.hospital().level().ifPresent(l -> props.put("level", l.name()));
        props.put("helipad", s.hospital().helipad());
        s.hospital().nearestAirport().ifPresent(a -> props.put("nearest_airport", a));
        s.capacity().ifPresent(c -> {
            props.put("emergency_department", c.emergencyDepartment().name());
            props.put("reported_at", c.reportedAt().toString());
        });
        props.put("capacity_stale", s.stale());
        return new SourceFeature(s.hospital().code().value(), GEOMETRY.createPoint(new Coordinate(
                s.hospital().position().longitude(), s.hospital().position().latitude())), props);
    }
}
