package se.samverkan.hospitals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.EstimatedTravelTimes;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;
import se.samverkan.hospitals.model.CapacityReport;
import se.samverkan.hospitals.model.CareCategory;
import se.samverkan.hospitals.model.FacilityDetails;
import se.samverkan.hospitals.model.Hospital;
import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.Caller;

/**
 * The hospitals and receiving facilities with their current capacity: filtered lists, one hospital, the
 * facilities users add, change and remove (optimistic locking, audit row in the same transaction), and the
 * hospitals that can take a patient of a category within a travel time.
 */
@ApplicationScoped
public class HospitalDirectory {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    CapacityReporting reporting;

    @Inject
    CapacityPolicy policy;

    /** A travel-time model another part of the application installs (a road router, say) wins over the default. */
    @Inject
    Instance<TravelTimeModel> installedTravelTimes;

    /** The built-in estimates of gis: stateless and immutable, so one serves every request. */
    private static final TravelTimeModel DEFAULT_TRAVEL_TIMES = EstimatedTravelTimes.withDefaults();

    /**
     * Live hospitals ordered by code; each filter applies when present: region (county code), a care
     * category with available beds in the current report, and whether the capacity is stale.
     */
    public List<HospitalStatus> list(Optional<String> region, Optional<CareCategory> withAvailable, Optional<Boolean> stale) {
        // Two queries rather than ":region IS NULL OR …": PostgreSQL cannot type a parameter that is only null.
        List<Hospital> hospitals = region.isPresent()
                ? em.createQuery("SELECT h FROM Hospital h WHERE h.deletedAt IS NULL AND h.regionCode = :region"
                        + " ORDER BY h.code", Hospital.class).setParameter("region", region.get()).getResultList()
                : em.createQuery("SELECT h FROM Hospital h WHERE h.deletedAt IS NULL ORDER BY h.code", Hospital.class)
                        .getResultList();
        Map<String, CapacityReport> current = reporting.current(hospitals.stream().map(h -> h.code().value()).toList());
        Instant now = policy.now();
        return hospitals.stream()
                .map(h -> status(h, Optional.ofNullable(current.get(h.code().value())), now))
                .filter(s -> withAvailable.isEmpty() || s.capacity()
                        .flatMap(c -> c.beds(withAvailable.get())).map(b -> b.available() > 0).orElse(false))
                .filter(s -> stale.isEmpty() || s.stale() == stale.get())
                .toList();
    }

    /** One hospital with its current capacity; removed facilities are unknown here. */
    public HospitalStatus find(HospitalCode code) {
        Hospital hospital = em.find(Hospital.class, code.value());
        if (hospital == null || hospital.isDeleted()) {
            throw HospitalProblems.unknownHospital(code.value());
        }
        return status(hospital, Optional.ofNullable(reporting.current(List.of(code.value())).get(code.value())),
                policy.now());
    }

    public HospitalStatus status(Hospital hospital, Optional<CapacityReport> capacity, Instant now) {
        return new HospitalStatus(hospital, capacity,
                capacity.map(c -> c.isStale(now, policy.staleAfter())).orElse(true));
    }

    @Transactional
    public Hospital addFacility(HospitalCode code, FacilityDetails details, Caller caller) {
        mayEdit(code, caller);
        if (em.find(Hospital.class, code.value()) != null) {
            throw new ProblemException(new Problem("/problems/conflict", "Code in use", 409,
                    "A hospital or facility with code " + code + " exists already (perhaps removed); choose another code.",
                    null, List.of(new Problem.FieldError("code", "is in use"))));
        }
        Hospital facility = Hospital.receivingFacility(code, details, caller.auditName(), now());
        em.persist(facility);
        em.flush();
        audit(code, caller, "CREATE", null, facility);
        return facility;
    }

    @Transactional
    public Hospital changeFacility(HospitalCode code, FacilityDetails details, long expectedVersion, Caller caller) {
        Hospital facility = editableFacility(code, expectedVersion, caller);
        JsonObjectBuilder before = snapshot(facility);
        facility.apply(details, caller.auditName(), now());
        em.flush();
        audit(code, caller, "UPDATE", before, facility);
        return facility;
    }

    @Transactional
    public void removeFacility(HospitalCode code, long expectedVersion, Caller caller) {
        Hospital facility = editableFacility(code, expectedVersion, caller);
        JsonObjectBuilder before = snapshot(facility);
        facility.remove(caller.auditName(), now());
        em.flush();
        audit(code, caller, "DELETE", before, null);
    }

    /**
     * Hospitals whose current report has available beds of the category, reachable from {@code from} within
     * {@code minutes} by the transport mode, fastest first. Stale capacity is included but flagged.
     */
    public List<Reachability.Reachable> reachable(GeoPoint from, CareCategory category, double minutes, TransportMode mode,
                                     Urgency urgency) {
        return Reachability.rank(list(Optional.empty(), Optional.of(category), Optional.empty()), from, category,
                minutes, travelTimeModel(), mode, urgency);
    }

    private TravelTimeModel travelTimeModel() {
        return installedTravelTimes.isResolvable() ? installedTravelTimes.get() : DEFAULT_TRAVEL_TIMES;
    }

    private Hospital editableFacility(HospitalCode code, long expectedVersion, Caller caller) {
        Hospital facility = em.find(Hospital.class, code.value(), LockModeType.PESSIMISTIC_WRITE);
        if (facility == null || facility.isDeleted()) {
            throw HospitalProblems.unknownHospital(code.value());
        }
        if (facility.isReference()) {
            throw HospitalProblems.forbidden(code + " is an emergency hospital of the reference list; it changes "
                    + "with the reference data (migrations/reference/hospitals.csv), not through the API.");
        }
        mayEdit(code, caller);
        if (facility.version() != expectedVersion) {
            throw HospitalProblems.staleVersion(code.value(), facility.version());
        }
        return facility;
    }

    private static void mayEdit(HospitalCode code, Caller caller) {
        if (!ReportingRights.mayEditFacility(caller, code)) {
            throw HospitalProblems.forbidden("Only the national coordination cell or a region editor of region "
                    + code.regionCode() + " may add or change receiving facilities there.");
        }
    }

    private OffsetDateTime now() {
        return policy.now().atOffset(ZoneOffset.UTC);
    }

    private void audit(HospitalCode code, Caller caller, String action, JsonObjectBuilder before, Hospital after) {
        em.createNativeQuery("""
                        INSERT INTO hospital_audit (hospital_code, changed_at, changed_by, action, before, after)
                        VALUES (?1, now(), ?2, ?3, CAST(?4 AS jsonb), CAST(?5 AS jsonb))""")
                .setParameter(1, code.value())
                .setParameter(2, caller.auditName())
                .setParameter(3, action)
                .setParameter(4, before == null ? null : before.build().toString())
                .setParameter(5, after == null ? null : snapshot(after).build().toString())
                .executeUpdate();
    }

    private static JsonObjectBuilder snapshot(Hospital h) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("code", h.code().value())
                .add("name", h.name())
                .add("latitude", h.position().latitude())
                .add("longitude", h.position().longitude())
                .add("helipad", h.helipad())
                .add("version", h.version());
        h.level().ifPresent(l -> b.add("level", l.name()));
        h.nearestAirport().ifPresent(a -> b.add("nearestAirport", a));
        return b;
    }
}
