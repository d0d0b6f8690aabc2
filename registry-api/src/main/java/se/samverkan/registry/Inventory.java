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
import se.samverkan.platform.audit.AuditLog;
import se.samverkan.platform.problem.Problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;
import se.samverkan.registry.model.Base;
import se.samverkan.registry.model.BaseKind;
import se.samverkan.registry.model.Organisation;
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
        return organisation(id, caller, LockModeType.NONE);
    }

    /** Writers lock the row, so that of two writers with the same version the second is refused. */
    private Organisation organisation(UUID id, Caller caller, LockModeType lock) {
        Organisation o = em.find(Organisation.class, id, lock);
        if (o == null || (o.sensitive() && !visibility.cleared(caller))) {
            throw ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown organisation",
                    "There is no organisation with id " + id + ".");
        }
        return o;
    }

    @Transactional
    public OrganisationView createOrganisation(OrganisationInput in, Caller caller) {
        Sector sector = Sector.valueOf(in.sector());
        checkOrganisation(in, sector, caller, false);
        if (!em.createQuery("SELECT o.id FROM Organisation o WHERE o.code = :c").setParameter("c", in.code())
                .getResultList().isEmpty()) {
            throw ProblemException.conflict("Organisation code " + in.code() + " is taken.",
                    List.of(new FieldError("code", "is already used by another organisation")));
        }
        Organisation o = new Organisation(in.code());
        o.describe(in.name().strip(), sector, in.region(), Boolean.TRUE.equals(in.sensitive()));
        em.persist(o);
        flush();
        OrganisationView after = OrganisationView.of(o);
        audit.record(ORGANISATION, o.id(), "CREATE", caller.auditName(), in.region(), o.sensitive(), null, after);
        return after;
    }

    @Transactional
    public OrganisationView replaceOrganisation(UUID id, long version, OrganisationInput in, Caller caller) {
        Organisation o = organisation(id, caller, LockModeType.PESSIMISTIC_WRITE);
        requireEditable(o.regionCode().orElse(null), o.retiredAt().isPresent(), o.version(), version, caller,
                "Organisation " + o.code());
        if (!o.code().equals(in.code())) {
            throw ProblemException.invalid("code", "cannot change; it is how units and bases refer to the organisation");
        }
        Sector sector = Sector.valueOf(in.sector());
        checkOrganisation(in, sector, caller, o.sensitive());
        OrganisationView before = OrganisationView.of(o);
        o.describe(in.name().strip(), sector, in.region(), Boolean.TRUE.equals(in.sensitive()));
        flush();
        OrganisationView after = OrganisationView.of(o);
        audit.record(ORGANISATION, id, "UPDATE", caller.auditName(), in.region(), o.sensitive(), before, after);
        return after;
    }

    @Transactional
    public void retireOrganisation(UUID id, long version, Caller caller) {
        Organisation o = organisation(id, caller, LockModeType.PESSIMISTIC_WRITE);
        requireEditable(o.regionCode().orElse(null), o.retiredAt().isPresent(), o.version(), version, caller,
                "Organisation " + o.code());
        long inUse = (Long) em.createQuery("SELECT count(u) FROM TransportUnit u WHERE u.organisation = :o AND u.retiredAt IS NULL")
                .setParameter("o", o).getSingleResult();
        if (inUse > 0) {
            throw ProblemException.conflict("Organisation " + o.code() + " still owns " + inUse
                    + " units in service; retire or move them first.", null);
        }
        OrganisationView before = OrganisationView.of(o);
        o.retire(Instant.now());
        flush();
        audit.record(ORGANISATION, id, "RETIRE", caller.auditName(), o.regionCode().orElse(null), o.sensitive(), before,
                OrganisationView.of(o));
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
        if (in.region() == null ? !caller.hasRole(se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR)
                && !caller.hasRole(se.samverkan.platform.security.Roles.DEFENCE_LIAISON)
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
        return base(id, caller, LockModeType.NONE);
    }

    private Base base(UUID id, Caller caller, LockModeType lock) {
        Base b = em.find(Base.class, id, lock);
        if (b == null || (b.sensitive() && !visibility.cleared(caller))) {
            throw ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown base", "There is no base with id " + id + ".");
        }
        return b;
    }

    @Transactional
    public BaseView createBase(BaseInput in, Caller caller) {
        Organisation org = checkBase(in, caller, false);
        if (!em.createQuery("SELECT b.id FROM Base b WHERE b.code = :c").setParameter("c", in.code())
                .getResultList().isEmpty()) {
            throw ProblemException.conflict("Base code " + in.code() + " is taken.",
                    List.of(new FieldError("code", "is already used by another base")));
        }
        Base b = new Base(in.code());
        b.describe(in.name().strip(), BaseKind.valueOf(in.kind()), in.region(), org, in.address(), in.position().toPoint(),
                Boolean.TRUE.equals(in.sensitive()));
        em.persist(b);
        flush();
        BaseView after = BaseView.of(b);
        audit.record(BASE, b.id(), "CREATE", caller.auditName(), in.region(), b.sensitive(), null, after);
        return after;
    }

    @Transactional
    public BaseView replaceBase(UUID id, long version, BaseInput in, Caller caller) {
        Base b = base(id, caller, LockModeType.PESSIMISTIC_WRITE);
        requireEditable(b.regionCode(), b.retiredAt().isPresent(), b.version(), version, caller, "Base " + b.code());
        if (!b.code().equals(in.code())) {
            throw ProblemException.invalid("code", "cannot change; it is how units refer to the base");
        }
        Organisation org = checkBase(in, caller, b.sensitive());
        BaseView before = BaseView.of(b);
        b.describe(in.name().strip(), BaseKind.valueOf(in.kind()), in.region(), org, in.address(), in.position().toPoint(),
                Boolean.TRUE.equals(in.sensitive()));
        flush();
        BaseView after = BaseView.of(b);
        audit.record(BASE, id, "UPDATE", caller.auditName(), in.region(), b.sensitive(), before, after);
        return after;
    }

    @Transactional
    public void retireBase(UUID id, long version, Caller caller) {
        Base b = base(id, caller, LockModeType.PESSIMISTIC_WRITE);
        requireEditable(b.regionCode(), b.retiredAt().isPresent(), b.version(), version, caller, "Base " + b.code());
        long inUse = (Long) em.createQuery("SELECT count(u) FROM TransportUnit u WHERE u.base = :b AND u.retiredAt IS NULL")
                .setParameter("b", b).getSingleResult();
        if (inUse > 0) {
            throw ProblemException.conflict("Base " + b.code() + " still has " + inUse
                    + " units in service; retire or move them first.", null);
        }
        BaseView before = BaseView.of(b);
        b.retire(Instant.now());
        flush();
        audit.record(BASE, id, "RETIRE", caller.auditName(), b.regionCode(), b.sensitive(), before, BaseView.of(b));
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

    private static void requireEditable(String region, boolean retired, long current, long expected, Caller caller,
                                        String what) {
        if (retired) {
            throw ProblemException.conflict(what + " is retired and can no longer be changed.", null);
        }
        boolean national = region == null;
        boolean allowed = national
                ? caller.hasRole(se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR)
                || caller.hasRole(se.samverkan.platform.security.Roles.DEFENCE_LIAISON)
                : caller.mayEditRegion(region);
        if (!allowed) {
            throw ProblemException.forbidden(what + (national ? " is national and kept by the national coordination cell."
                    : " belongs to region " + region + "; you may change records of your own region only."));
        }
        if (current != expected) {
            throw ProblemException.staleVersion(what, current);
        }
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
