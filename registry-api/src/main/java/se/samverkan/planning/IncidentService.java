package se.samverkan.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.platform.audit.AuditEntry;
import se.samverkan.platform.audit.AuditLog;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.planning.model.Incident;
import se.samverkan.planning.model.IncidentDraft;
import se.samverkan.planning.model.IncidentStatus;
import se.samverkan.registry.Vocabulary;

/**
 * Incidents: recorded, revised and closed by the national coordination cell, read by everyone signed in.
 * Every change is guarded by the version the caller read (the row is locked, the version compared and raised
 * here) and audited in the same transaction ({@code audit_entry}, entity type {@value #ENTITY}).
 */
@ApplicationScoped
public class IncidentService {

    public static final String ENTITY = "incident";

    /** Largest list page. */
    public static final int MAX_LIST = 500;

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Vocabulary vocabulary;

    @Inject
    RegionLookup regions;

    @Transactional
    public IncidentView create(JsonValue body, Caller caller) {
        mayWrite(caller);
        Instant now = Instant.now();
        IncidentDraft draft = parse(body, now, now);
        Incident incident = Incident.open(UUID.randomUUID(), draft, caller.auditName(), now);
        em.persist(incident);
        em.flush();
        IncidentView after = IncidentView.of(incident);
        audit.record(ENTITY, incident.id(), "CREATE", caller.auditName(), incident.regionCode(), false, null, after);
        return after;
    }

    @Transactional
    public IncidentView replace(UUID id, long expectedVersion, JsonValue body, Caller caller) {
        mayWrite(caller);
        Incident incident = editable(id, expectedVersion);
        IncidentView before = IncidentView.of(incident);
        Instant now = Instant.now();
        incident.revise(parse(body, now, incident.readyAt()), caller.auditName(), now);
        em.flush();
        IncidentView after = IncidentView.of(incident);
        audit.record(ENTITY, id, "UPDATE", caller.auditName(), incident.regionCode(), false, before, after);
        return after;
    }

    @Transactional
    public IncidentView close(UUID id, long expectedVersion, Caller caller) {
        mayWrite(caller);
        Incident incident = editable(id, expectedVersion);
        IncidentView before = IncidentView.of(incident);
        incident.close(caller.auditName(), Instant.now());
        em.flush();
        IncidentView after = IncidentView.of(incident);
        audit.record(ENTITY, id, "CLOSE", caller.auditName(), incident.regionCode(), false, before, after);
        return after;
    }

    public IncidentView one(UUID id) {
        return IncidentView.of(find(id).orElseThrow(() -> notFound(id)));
    }

    public Optional<Incident> find(UUID id) {
        return Optional.ofNullable(em.find(Incident.class, id));
    }

    /** Newest first; {@code status} empty for all. */
    public List<IncidentView> list(Optional<IncidentStatus> status, int limit) {
        var query = status.isPresent()
                ? em.createQuery("SELECT i FROM Incident i WHERE i.status = :s ORDER BY i.createdAt DESC, i.id", Incident.class)
                        .setParameter("s", status.get())
                : em.createQuery("SELECT i FROM Incident i ORDER BY i.createdAt DESC, i.id", Incident.class);
        return query.setMaxResults(limit).getResultList().stream().map(IncidentView::of).toList();
    }

    /** The open incidents, oldest first: what a plan covers when the request names none. */
    public List<Incident> open() {
        return em.createQuery("SELECT i FROM Incident i WHERE i.status = :s ORDER BY i.createdAt, i.id", Incident.class)
                .setParameter("s", IncidentStatus.OPEN).getResultList();
    }

    public List<AuditEntry> history(UUID id) {
        find(id).orElseThrow(() -> notFound(id));
        return audit.history(ENTITY, id);
    }

    private IncidentDraft parse(JsonValue body, Instant now, Instant defaultReady) {
        return IncidentInput.parse(JsonInput.body(body, false), now, defaultReady, vocabulary::isRegion, p -> regions.locate(p).code());
    }

    private Incident editable(UUID id, long expectedVersion) {
        // Row lock first: of two writers with the same version the second waits, then sees the new version.
        Incident incident = em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (incident == null) {
            throw notFound(id);
        }
        if (incident.version() != expectedVersion) {
            throw ProblemException.staleVersion("Incident " + incident.name(), incident.version());
        }
        if (incident.status() != IncidentStatus.OPEN) {
            throw ProblemException.conflict("Incident " + incident.name() + " is closed and can no longer be changed.", null);
        }
        return incident;
    }

    /** The resource allows only the national cell; the rule is stated here too, where the data is. */
    private static void mayWrite(Caller caller) {
        if (!caller.hasRole(Roles.NATIONAL_COORDINATOR)) {
            throw ProblemException.forbidden("Only the national coordination cell records and changes incidents.");
        }
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown incident", "There is no incident with id " + id + ".");
    }
}
