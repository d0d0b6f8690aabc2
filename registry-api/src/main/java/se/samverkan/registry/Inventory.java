package se.samverkan.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import se.samverkan.platform.audit.AuditEntry;
import se.samverkan.platform.audit.AuditLog;
import se.samverkan.platform.problem.Problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.registry.model.Base;
import se.samverkan.registry.model.BaseKind;
import se.samverkan.registry.model.Organisation;
import se.samverkan.registry.model.ReferenceRecord;
import se.samverkan.registry.model.Sector;

/**
 * Organisations and bases: the owners and places units refer to. Same rules as units: region-scoped
 * writes, version-guarded changes, audit in the same transaction, soft retirement, sensitive records
 * hidden from those not cleared.
 */
@ApplicationScoped
public class Inventory {

    public static final String ORGANISATION = "organisation";
    public static final String BASE = "base";

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    Visibility visibility;

    @Inject
    AuditLog audit;

    @Inject
    Freshness freshness;

    // Organisations

    public List<OrganisationView> organisations(String region, String sector, boolean includeRetired, Caller caller) {
        // Conditions only for the filters given: a "(:r IS NULL OR ...)" form sent the string untyped
        // (stringType=unspecified) and PostgreSQL could not type "? IS NULL": any filter answered 500.
        StringBuilder jpql = new StringBuilder("SELECT o FROM Organisation o WHERE (:ret = TRUE OR o.retiredAt IS NULL)"
                + " AND (:cleared = TRUE OR o.sensitive = FALSE)");
        if (region != null) {
            jpql.append(" AND o.regionCode = :region");
        }
        if (sector != null) {
            jpql.append(" AND o.sector = :sector");
        }
        TypedQuery<Organisation> query = em.createQuery(jpql.append(" ORDER BY o.code").toString(), Organisation.class)
                .setParameter("ret", includeRetired).setParameter("cleared", visibility.cleared(caller));
        if (region != null) {
            query.setParameter("region", region);
        }
        if (sector != null) {
            query.setParameter("sector", Sector.valueOf(sector));
        }
        return query.getResultList().stream().map(OrganisationView::of).toList();
    }

    public Organisation organisation(UUID id, Caller caller) {
        return find(Organisation.class, id, caller, LockModeType.NONE);
    }

    /** Every change of an organisation: who, when, before and after. */
    public List<AuditEntry> organisationHistory(UUID id, Caller caller) {
        organisation(id, caller);
        return audit.history(ORGANISATION, id);
    }

    @Transactional
    public OrganisationView createOrganisation(OrganisationInput in, Caller caller) {
        Sector sector = Sector.valueOf(in.sector());
        checkOrganisation(in, sector, caller, false);
        requireFreeCode(Organisation.class, in.code());
        Organisation o = new Organisation(in.code());
        o.describe(in.name().strip(), sector, in.region(), Boolean.TRUE.equals(in.sensitive()));
        em.persist(o);
        return recordChange(ORGANISATION, o, "CREATE", null, OrganisationView::of, caller);
    }

    @Transactional
    public OrganisationView replaceOrganisation(UUID id, long version, OrganisationInput in, Caller caller) {
        Organisation o = editable(Organisation.class, id, version, caller);
        requireSameCode(o, in.code(), "it is how units and bases refer to the organisation");
        Sector sector = Sector.valueOf(in.sector());
        checkOrganisation(in, sector, caller, o.sensitive());
        OrganisationView before = OrganisationView.of(o);
        o.describe(in.name().strip(), sector, in.region(), Boolean.TRUE.equals(in.sensitive()));
        return recordChange(ORGANISATION, o, "UPDATE", before, OrganisationView::of, caller);
    }

    /** Retires an organisation that owns no unit in service. */
    @Transactional
    public void retireOrganisation(UUID id, long version, Caller caller) {
        Organisation o = editable(Organisation.class, id, version, caller);
        retire(ORGANISATION, o, "owns", "u.organisation", OrganisationView::of, caller);
    }

    private void checkOrganisation(OrganisationInput in, Sector sector, Caller caller, boolean wasSensitive) {
        List<FieldError> errors = new ArrayList<>();
        if (in.region() != null && !freshness.isRegion(in.region())) {
            errors.add(new FieldError("region", "no region has county code " + in.region()));
        }
        boolean sensitive = Boolean.TRUE.equals(in.sensitive()) || sector.alwaysSensitive();
        if (sensitive && !wasSensitive && !visibility.mayMarkSensitive(caller)) {
            errors.add(new FieldError(Boolean.TRUE.equals(in.sensitive()) ? "sensitive" : "sector",
                    "sensitive and military organisations are kept by the defence liaison or the national coordination cell"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (in.region() == null ? !caller.hasRole(Roles.NATIONAL_COORDINATOR)
                && !caller.hasRole(Roles.DEFENCE_LIAISON)
                : !caller.mayEditRegion(in.region())) {
            throw ProblemException.forbidden(in.region() == null
                    ? "National organisations (without a region) are kept by the national coordination cell."
                    : "You may create and change organisations of your own region only.");
        }
    }

    // Bases

    public List<BaseView> bases(String region, String organisation, boolean includeRetired, Caller caller) {
        StringBuilder jpql = new StringBuilder("SELECT b FROM Base b WHERE (:ret = TRUE OR b.retiredAt IS NULL)"
                + " AND (:cleared = TRUE OR b.sensitive = FALSE)");
        if (region != null) {
            jpql.append(" AND b.regionCode = :region");
        }
        if (organisation != null) {
            jpql.append(" AND b.organisation.code = :organisation");
        }
        TypedQuery<Base> query = em.createQuery(jpql.append(" ORDER BY b.code").toString(), Base.class)
                .setParameter("ret", includeRetired).setParameter("cleared", visibility.cleared(caller));
        if (region != null) {
            query.setParameter("region", region);
        }
        if (organisation != null) {
            query.setParameter("organisation", organisation);
        }
        return query.getResultList().stream().map(BaseView::of).toList();
    }

    public Base base(UUID id, Caller caller) {
        return find(Base.class, id, caller, LockModeType.NONE);
    }

    /** Every change of a base: who, when, before and after. */
    public List<AuditEntry> baseHistory(UUID id, Caller caller) {
        base(id, caller);
        return audit.history(BASE, id);
    }

    @Transactional
    public BaseView createBase(BaseInput in, Caller caller) {
        Organisation org = checkBase(in, caller, false);
        requireFreeCode(Base.class, in.code());
        Base b = new Base(in.code());
        b.describe(in.name().strip(), BaseKind.valueOf(in.kind()), in.region(), org, in.address(), in.position().toPoint(),
                Boolean.TRUE.equals(in.sensitive()));
        em.persist(b);
        return recordChange(BASE, b, "CREATE", null, BaseView::of, caller);
    }

    @Transactional
    public BaseView replaceBase(UUID id, long version, BaseInput in, Caller caller) {
        Base b = editable(Base.class, id, version, caller);
        requireSameCode(b, in.code(), "it is how units refer to the base");
        Organisation org = checkBase(in, caller, b.sensitive());
        BaseView before = BaseView.of(b);
        b.describe(in.name().strip(), BaseKind.valueOf(in.kind()), in.region(), org, in.address(), in.position().toPoint(),
                Boolean.TRUE.equals(in.sensitive()));
        return recordChange(BASE, b, "UPDATE", before, BaseView::of, caller);
    }

    /** Retires a base that no unit in service uses. */
    @Transactional
    public void retireBase(UUID id, long version, Caller caller) {
        Base b = editable(Base.class, id, version, caller);
        retire(BASE, b, "has", "u.base", BaseView::of, caller);
    }

    private Organisation checkBase(BaseInput in, Caller caller, boolean wasSensitive) {
        List<FieldError> errors = new ArrayList<>();
        if (!freshness.isRegion(in.region())) {
            errors.add(new FieldError("region", "no region has county code " + in.region()));
        }
        Organisation org = em.createQuery("SELECT o FROM Organisation o WHERE o.code = :c", Organisation.class)
                .setParameter("c", in.organisation()).getResultStream().findFirst().orElse(null);
        if (org == null || org.retiredAt().isPresent()
                || (org.sensitive() && !visibility.cleared(caller) && !visibility.mayMarkSensitive(caller))) {
            errors.add(new FieldError("organisation", "no organisation in service has code " + in.organisation()));
        } else if (org.regionCode().filter(r -> !r.equals(in.region())).isPresent()) {
            errors.add(new FieldError("organisation", "belongs to region " + org.regionCode().get()
                    + ", not to the base's region " + in.region()));
        }
        boolean sensitive = Boolean.TRUE.equals(in.sensitive()) || "MILITARY_BASE".equals(in.kind())
                || (org != null && org.sensitive());
        if (sensitive && !wasSensitive && !visibility.mayMarkSensitive(caller)) {
            errors.add(new FieldError("sensitive", "sensitive and military bases are kept by the defence liaison or "
                    + "the national coordination cell"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!caller.mayEditRegion(in.region()) && !(sensitive && visibility.mayMarkSensitive(caller))) {
            throw ProblemException.forbidden("You may create and change bases of your own region only.");
        }
        return org;
    }

    // What organisations and bases share: lookup, the write guard, code rules, retirement, the audited change.

    /** The record as the caller may see it: a sensitive one the caller is not cleared for does not exist. */
    private <T extends ReferenceRecord> T find(Class<T> type, UUID id, Caller caller, LockModeType lock) {
        T r = em.find(type, id, lock);
        if (r == null || (r.sensitive() && !visibility.cleared(caller))) {
            String noun = noun(type);
            throw ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown " + noun,
                    "There is no " + noun + " with id " + id + ".");
        }
        return r;
    }

    /**
     * The record locked for a change, if the caller may make it: in service, kept by the caller's region (national
     * ones by the national cell or the defence liaison), and still at the version the caller read. The lock makes
     * the version check exact: of two writers with the same version, the second waits here and is refused.
     */
    private <T extends ReferenceRecord> T editable(Class<T> type, UUID id, long expectedVersion, Caller caller) {
        T r = find(type, id, caller, LockModeType.PESSIMISTIC_WRITE);
        String what = label(r);
        if (r.retiredAt().isPresent()) {
            throw ProblemException.conflict(what + " is retired and can no longer be changed.", null);
        }
        String region = r.region().orElse(null);
        boolean national = region == null;
        boolean allowed = national
                ? caller.hasRole(Roles.NATIONAL_COORDINATOR) || caller.hasRole(Roles.DEFENCE_LIAISON)
                : caller.mayEditRegion(region);
        if (!allowed) {
            throw ProblemException.forbidden(what + (national ? " is national and kept by the national coordination cell."
                    : " belongs to region " + region + "; you may change records of your own region only."));
        }
        if (r.version() != expectedVersion) {
            throw ProblemException.staleVersion(what, r.version());
        }
        return r;
    }

    private void requireFreeCode(Class<? extends ReferenceRecord> type, String code) {
        String noun = noun(type);
        if (!em.createQuery("SELECT r.id FROM " + type.getSimpleName() + " r WHERE r.code = :c").setParameter("c", code)
                .getResultList().isEmpty()) {
            throw ProblemException.conflict(capitalised(noun) + " code " + code + " is taken.",
                    List.of(new FieldError("code", "is already used by another " + noun)));
        }
    }

    private static void requireSameCode(ReferenceRecord r, String code, String why) {
        if (!r.code().equals(code)) {
            throw ProblemException.invalid("code", "cannot change; " + why);
        }
    }

    /** Retires a record no unit in service refers to through {@code unitField}; 409 while any does. */
    private <T extends ReferenceRecord> void retire(String entity, T r, String verb, String unitField,
                                                    Function<T, Object> view, Caller caller) {
        long inUse = (Long) em.createQuery("SELECT count(u) FROM TransportUnit u WHERE " + unitField + " = :r"
                + " AND u.retiredAt IS NULL").setParameter("r", r).getSingleResult();
        if (inUse > 0) {
            throw ProblemException.conflict(label(r) + " still " + verb + " " + inUse
                    + " units in service; retire or move them first.", null);
        }
        Object before = view.apply(r);
        r.retire(Instant.now());
        recordChange(entity, r, "RETIRE", before, view, caller);
    }

    /** Writes the change and its audit row (who, before, after) in the caller's transaction; returns the after. */
    private <T extends ReferenceRecord, V> V recordChange(String entity, T r, String action, Object before,
                                                          Function<T, V> view, Caller caller) {
        flush();
        V after = view.apply(r);
        audit.record(entity, r.id(), action, caller.auditName(), r.region().orElse(null), r.sensitive(), before, after);
        return after;
    }

    private static String noun(Class<? extends ReferenceRecord> type) {
        return type == Organisation.class ? "organisation" : "base";
    }

    /** "Organisation RJH", "Base RJH-OSD": how problems name the record. */
    private static String label(ReferenceRecord r) {
        return capitalised(noun(r instanceof Base ? Base.class : Organisation.class)) + " " + r.code();
    }

    private static String capitalised(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UnitRegistry.sqlState(e).filter("23505"::equals).isPresent()) {
                throw ProblemException.conflict("The code is already in use.", List.of(new FieldError("code", "is already in use")));
            }
            throw e;
        }
    }
}
