package se.samverkan.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.platform.audit.AuditLog;
import se.samverkan.platform.problem.Problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;
import se.samverkan.readiness.model.ReadinessLevel;
import se.samverkan.registry.model.Base;
import se.samverkan.registry.model.Capacity;
import se.samverkan.registry.model.CareLevel;
import se.samverkan.registry.model.CrewCompetence;
import se.samverkan.registry.model.Organisation;
import se.samverkan.registry.model.TransportUnit;
import se.samverkan.registry.model.UnitDescription;
import se.samverkan.registry.model.UnitStatus;

/**
 * Changes to transport units: create, replace, status reports, retirement. Every change is checked against
 * the vocabulary, the records it names and the caller's region, guarded by the version the caller read
 * (a stale write is refused, never applied), and audited in the same transaction.
 */
@ApplicationScoped
public class UnitRegistry {

    public static final String ENTITY = "unit";

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    Vocabulary vocabulary;

    @Inject
    Visibility visibility;

    @Inject
    AuditLog audit;

    @Inject
    UnitQueries queries;

    @Transactional
    public UnitView create(UnitInput input, Caller caller) {
        Checked checked = check(input, caller, null);
        requireFreeCallSign(checked.description().callSign(), null);
        TransportUnit unit = new TransportUnit(UUID.randomUUID());
        unit.describe(checked.description(), checked.organisation(), checked.base(), Instant.now());
        em.persist(unit);
        flush("callSign");
        UnitView after = read(unit.id());
        audit.record(ENTITY, unit.id(), "CREATE", caller.auditName(), unit.homeRegion(), unit.sensitive(), null, after);
        return after;
    }

    @Transactional
    public UnitView replace(UUID id, long expectedVersion, UnitInput input, Caller caller) {
        TransportUnit unit = editable(id, expectedVersion, caller);
        UnitView before = read(id);
        Checked checked = check(input, caller, unit);
        requireFreeCallSign(checked.description().callSign(), id);
        unit.describe(checked.description(), checked.organisation(), checked.base(), Instant.now());
        flush("callSign");
        UnitView after = read(id);
        audit.record(ENTITY, id, "UPDATE", caller.auditName(), unit.homeRegion(), unit.sensitive(), before, after);
        return after;
    }

    /** A status report from dispatch: the status and, when known, the position. Confirms the unit too. */
    @Transactional
    public UnitView report(UUID id, long expectedVersion, String status, Position position, Caller caller) {
        TransportUnit unit = editable(id, expectedVersion, caller);
        UnitView before = read(id);
        unit.report(UnitStatus.valueOf(status), position == null ? null : position.toPoint(), Instant.now());
        flush(null);
        UnitView after = read(id);
        audit.record(ENTITY, id, "STATUS", caller.auditName(), unit.homeRegion(), unit.sensitive(), before, after);
        return after;
    }

    /** Retires a unit: it leaves every list and search and frees its call sign, but keeps its history. */
    @Transactional
    public void retire(UUID id, long expectedVersion, Caller caller) {
        TransportUnit unit = editable(id, expectedVersion, caller);
        UnitView before = read(id);
        unit.retire(Instant.now());
        flush(null);
        audit.record(ENTITY, id, "RETIRE", caller.auditName(), unit.homeRegion(), unit.sensitive(), before, read(id));
    }

    /** One unit of {@link #claim}: the state the caller expects it in, and the status it should get. */
    public record Claim(UUID unitId, long expectedVersion, String expectedStatus, String newStatus) {
    }

    /**
     * Changes the status of several units together, all or nothing (a plan being accepted): every unit is
     * locked, in id order so two such calls never deadlock, and must still be at the version and status the
     * caller expects. If any is not (another plan took it, its region changed it, it was retired), nothing
     * changes and the answer is 409 naming every such unit. Joins the caller's transaction; each change writes
     * its audit row there with {@code action}.
     *
     * @return the units after the change, by id (those whose status already was the new one unchanged)
     */
    @Transactional
    public java.util.Map<UUID, UnitView> claim(List<Claim> claims, String action, Caller caller) {
        List<Claim> ordered = claims.stream().sorted(java.util.Comparator.comparing(c -> c.unitId().toString())).toList();
        java.util.Map<UUID, TransportUnit> locked = new java.util.LinkedHashMap<>();
        List<FieldError> conflicts = new ArrayList<>();
        for (Claim c : ordered) {
            TransportUnit unit = em.find(TransportUnit.class, c.unitId(), LockModeType.PESSIMISTIC_WRITE);
            String field = "units[" + c.unitId() + "]";
            if (unit == null || (unit.sensitive() && !visibility.cleared(caller))) {
                conflicts.add(new FieldError(field, "no longer exists for you"));
            } else if (unit.retiredAt().isPresent()) {
                conflicts.add(new FieldError(field, unit.callSign() + " has been retired"));
            } else if (!visibility.mayEdit(caller, unit.homeRegion(), unit.sensitive())) {
                conflicts.add(new FieldError(field, unit.callSign() + " belongs to region " + unit.homeRegion()
                        + ", which you may not change"));
            } else if (unit.version() != c.expectedVersion() || !unit.status().name().equals(c.expectedStatus())) {
                conflicts.add(new FieldError(field, unit.callSign() + " is " + unit.status() + " at version "
                        + unit.version() + "; the plan expects " + c.expectedStatus() + " at version " + c.expectedVersion()));
            } else {
                locked.put(c.unitId(), unit);
            }
        }
        if (!conflicts.isEmpty()) {
            throw ProblemException.conflict(conflicts.size() == 1
                    ? "A unit of the plan has changed since the plan was made; nothing was changed."
                    : conflicts.size() + " units of the plan have changed since the plan was made; nothing was changed.",
                    conflicts);
        }
        java.util.Map<UUID, UnitView> out = new java.util.LinkedHashMap<>();
        Instant now = Instant.now();
        for (Claim c : ordered) {
            TransportUnit unit = locked.get(c.unitId());
            if (unit.status().name().equals(c.newStatus())) {
                out.put(c.unitId(), read(c.unitId()));
                continue;
            }
            UnitView before = read(c.unitId());
            unit.report(UnitStatus.valueOf(c.newStatus()), null, now);
            flush(null);
            UnitView after = read(c.unitId());
            audit.record(ENTITY, unit.id(), action, caller.auditName(), unit.homeRegion(), unit.sensitive(), before, after);
            out.put(c.unitId(), after);
        }
        return out;
    }

    /** The unit as the caller may see it: a sensitive unit the caller is not cleared for does not exist. */
    public Optional<TransportUnit> visible(UUID id, Caller caller) {
        TransportUnit unit = em.find(TransportUnit.class, id);
        if (unit == null || (unit.sensitive() && !visibility.cleared(caller))) {
            return Optional.empty();
        }
        return Optional.of(unit);
    }

    /**
     * The unit as every read shows it, read inside this transaction on its own connection (after a flush, so
     * the change is in it): {@code availableNow} and {@code stale} come from the one SQL rule of the read path,
     * never from a Java copy of it, so a write answers exactly what a read of the same unit would.
     */
    private UnitView read(UUID id) {
        return queries.byId(em.unwrap(Connection.class), id).orElseThrow(() -> notFound(id));
    }

    private TransportUnit editable(UUID id, long expectedVersion, Caller caller) {
        // Row lock first: of two writers that read the same version, the second waits here and then
        // sees the first one's version, so it is refused instead of overwriting.
        TransportUnit unit = em.find(TransportUnit.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (unit == null || (unit.sensitive() && !visibility.cleared(caller))) {
            throw notFound(id);
        }
        if (unit.retiredAt().isPresent()) {
            throw ProblemException.conflict("Unit " + unit.callSign() + " is retired and can no longer be changed.", null);
        }
        if (!visibility.mayEdit(caller, unit.homeRegion(), unit.sensitive())) {
            throw ProblemException.forbidden("Unit " + unit.callSign() + " belongs to region " + unit.homeRegion()
                    + "; you may change units of your own region only.");
        }
        if (unit.version() != expectedVersion) {
            throw ProblemException.staleVersion("Unit " + unit.callSign(), unit.version());
        }
        return unit;
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown unit", "There is no unit with id " + id + ".");
    }

    private void requireFreeCallSign(String callSign, UUID self) {
        List<?> clash = em.createNativeQuery("SELECT id FROM transport_unit WHERE upper(call_sign) = upper(?)"
                        + " AND retired_at IS NULL AND (CAST(? AS uuid) IS NULL OR id <> CAST(? AS uuid))")
                .setParameter(1, callSign).setParameter(2, self == null ? null : self.toString())
                .setParameter(3, self == null ? null : self.toString()).getResultList();
        if (!clash.isEmpty()) {
            throw duplicateCallSign(callSign);
        }
    }

    static ProblemException duplicateCallSign(String callSign) {
        return ProblemException.conflict("Call sign " + callSign + " is already used by a unit in service.",
                List.of(new FieldError("callSign", "is already used by a unit in service")));
    }

    private void flush(String uniqueField) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (uniqueField != null && sqlState(e).filter("23505"::equals).isPresent()) {
                throw ProblemException.conflict("Another unit in service already has this call sign.",
                        List.of(new FieldError(uniqueField, "is already used by a unit in service")));
            }
            throw e;
        }
    }

    public static boolean isUniqueViolation(Throwable e) {
        return sqlState(e).filter("23505"::equals).isPresent();
    }

    static Optional<String> sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /** What {@link #check} resolved: the description and the records it names. */
    record Checked(UnitDescription description, Organisation organisation, Base base) {
    }

    /**
     * Checks a unit against the vocabulary, the organisation and base it names and the caller's rights.
     * Form (required fields, ranges, patterns) has already been checked by Bean Validation. Reports every
     * problem at once, each against its field.
     */
    Checked check(UnitInput in, Caller caller, TransportUnit existing) {
        List<FieldError> errors = new ArrayList<>(checkVocabulary(in));
        Organisation org = findOrganisation(in.organisation());
        if (org == null || org.retiredAt().isPresent()) {
            errors.add(new FieldError("organisation", "no organisation in service has code " + in.organisation()));
        } else {
            org.regionCode().filter(r -> !r.equals(in.homeRegion())).ifPresent(r -> errors.add(new FieldError(
                    "organisation", "belongs to region " + r + ", not to the unit's home region " + in.homeRegion())));
            if (org.sensitive() && !visibility.mayMarkSensitive(caller)) {
                errors.add(new FieldError("organisation", "is a sensitive organisation: its units are kept by the "
                        + "defence liaison or the national coordination cell"));
            }
        }
        Base base = null;
        if (in.base() != null && !in.base().isBlank()) {
            base = findBase(in.base());
            if (base == null || base.retiredAt().isPresent()) {
                errors.add(new FieldError("base", "no base in service has code " + in.base()));
            } else if (!base.regionCode().equals(in.homeRegion())) {
                errors.add(new FieldError("base", "lies in region " + base.regionCode() + ", not in the unit's home region "
                        + in.homeRegion()));
            }
        }
        boolean wantsSensitive = Boolean.TRUE.equals(in.sensitive());
        boolean wasSensitive = existing != null && existing.sensitive();
        if (wantsSensitive && !wasSensitive && !visibility.mayMarkSensitive(caller)) {
            errors.add(new FieldError("sensitive", "only the defence liaison or the national coordination cell may "
                    + "mark a unit sensitive"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean sensitive = wantsSensitive || (org != null && org.sensitive()) || (base != null && base.sensitive());
        if (!visibility.mayEdit(caller, in.homeRegion(), sensitive)) {
            throw ProblemException.forbidden("You may create and change units of your own region only, not of region "
                    + in.homeRegion() + ".");
        }
        return new Checked(describe(in), org, base);
    }

    /** The checks that need no database beyond the vocabulary: used by the importer for every row too. */
    public List<FieldError> checkVocabulary(UnitInput in) {
        List<FieldError> errors = new ArrayList<>();
        Vocabulary.Kind kind = vocabulary.snapshot().kinds().get(in.kind());
        if (kind == null) {
            errors.add(new FieldError("kind", "is not a known resource kind; known kinds: "
                    + String.join(", ", vocabulary.kindCodes())));
        } else if (in.tier() != null && !kind.tiers().containsKey(in.tier())) {
            errors.add(new FieldError("tier", kind.tiers().isEmpty()
                    ? "kind " + kind.code() + " has no tiers; leave it empty"
                    : "kind " + kind.code() + " has tiers " + kind.tiers().keySet().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", "))));
        }
        if (in.capabilities() != null) {
            List<String> unknown = in.capabilities().stream().filter(t -> t != null && !vocabulary.isTag(t)).toList();
            if (!unknown.isEmpty()) {
                errors.add(new FieldError("capabilities", "unknown tag " + String.join(", ", unknown) + "; known tags: "
                        + String.join(", ", vocabulary.tagCodes())));
            }
        }
        if (in.homeRegion() != null && !vocabulary.isRegion(in.homeRegion())) {
            errors.add(new FieldError("homeRegion", "no region has county code " + in.homeRegion()));
        }
        return errors;
    }

    static UnitDescription describe(UnitInput in) {
        Set<CrewCompetence> crew = EnumSet.noneOf(CrewCompetence.class);
        if (in.crew() != null) {
            in.crew().forEach(c -> crew.add(CrewCompetence.valueOf(c)));
        }
        UnitInput.CapacityInput cap = in.capacity();
        return new UnitDescription(in.callSign().strip(), blankToNull(in.registration()), in.kind(), in.tier(),
                in.organisation(), in.homeRegion(), blankToNull(in.base()), UnitStatus.valueOf(in.status()),
                CareLevel.valueOf(in.careLevel()), new Capacity(cap.lying(), cap.seated(), cap.wheelchair(), cap.incubator()),
                crew, in.capabilities(), in.operatingHours(), blankToNull(in.dispatchBy()),
                in.availableFrom() == null ? null : ReadinessLevel.valueOf(in.availableFrom()),
                in.position() == null ? null : in.position().toPoint(), Boolean.TRUE.equals(in.sensitive()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Organisation findOrganisation(String code) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :c", Organisation.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    Base findBase(String code) {
        return em.createQuery("SELECT b FROM Base b WHERE b.code = :c", Base.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }
}
