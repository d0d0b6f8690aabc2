package se.samverkan.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.platform.audit.AuditLog;
import se.samverkan.platform.persistence.SqlValues;
import se.samverkan.planning.model.PlanStatus;

/**
 * The {@code distribution_plan} table: one row per planning run, from request to plan. The background run
 * writes through the {@code REQUIRES_NEW} methods (each its own transaction: the container's EntityManager
 * is not usable on a managed executor thread outside one, and progress must be visible while the run goes on);
 * requests read and change rows in their own transaction. Status changes are conditional updates, so a run and
 * a cancel request racing each other end in one well-defined state.
 */
@ApplicationScoped
public class PlanStore {

    public static final String ENTITY = "plan";

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** A stored plan; JSON columns as text (null when not written yet). */
    public record Row(UUID id, UUID previousPlanId, PlanStatus status, String phase, double fraction, String requestedBy,
                      Instant requestedAt, Instant startedAt, Instant finishedAt, boolean cancelRequested,
                      List<UUID> incidentIds, String request, String input, String error, boolean sensitive,
                      Instant acceptedAt, String acceptedBy, String acceptedUnits, long version) {
    }

    private static final String COLUMNS = "id, previous_plan_id, status, phase, fraction, requested_by, requested_at,"
            + " started_at, finished_at, cancel_requested, CAST(incident_ids AS text), CAST(request AS text),"
            + " CAST(input AS text), CAST(error AS text), sensitive, accepted_at, accepted_by,"
            + " CAST(accepted_units AS text), version";

    /** Stores a new plan, QUEUED, with its audit row; the caller starts the run once this has committed. */
    @Transactional
    public void create(UUID id, UUID previous, String requestedBy, List<UUID> incidentIds, JsonObject request,
                       JsonObject input, JsonObject problem, JsonObject context, boolean sensitive, String auditAction) {
        em.createNativeQuery("INSERT INTO distribution_plan (id, previous_plan_id, status, phase, requested_by, incident_ids,"
                        + " request, input, problem, context, sensitive) VALUES (?, ?, 'QUEUED', 'queued', ?, CAST(? AS uuid[]),"
                        + " CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), ?)")
                .setParameter(1, id).setParameter(2, previous).setParameter(3, requestedBy)
                .setParameter(4, uuidArray(incidentIds)).setParameter(5, request.toString())
                .setParameter(6, input.toString()).setParameter(7, problem.toString()).setParameter(8, context.toString())
                .setParameter(9, sensitive).executeUpdate();
        audit.record(ENTITY, id, auditAction, requestedBy, null, sensitive, null, request);
    }

    @SuppressWarnings("unchecked")
    public Optional<Row> find(UUID id) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM distribution_plan WHERE id = ?")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(PlanStore::row);
    }

    /** The row, locked for the rest of the caller's transaction. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Row> lock(UUID id) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM distribution_plan WHERE id = ? FOR UPDATE")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(PlanStore::row);
    }

    /** Newest first, without their large JSON columns. */
    @SuppressWarnings("unchecked")
    public List<Row> list(int limit, boolean includeSensitive) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS.replace("CAST(request AS text)", "NULL")
                        .replace("CAST(input AS text)", "NULL")
                        + " FROM distribution_plan WHERE (? OR NOT sensitive) ORDER BY requested_at DESC, id LIMIT ?")
                .setParameter(1, includeSensitive).setParameter(2, limit).getResultList();
        return rows.stream().map(PlanStore::row).toList();
    }

    public String problem(UUID id) {
        return text("problem", id);
    }

    public String context(UUID id) {
        return text("context", id);
    }

    public String result(UUID id) {
        return text("result", id);
    }

    public String view(UUID id) {
        return text("view", id);
    }

    private String text(String column, UUID id) {
        List<?> rows = em.createNativeQuery("SELECT CAST(" + column + " AS text) FROM distribution_plan WHERE id = ?")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    // ---- the background run -------------------------------------------------------------------------

    /** QUEUED → RUNNING; false when the plan is no longer queued (cancelled meanwhile). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markRunning(UUID id, String runner) {
        return em.createNativeQuery("UPDATE distribution_plan SET status = 'RUNNING', phase = 'starting', started_at = now(),"
                        + " runner = ?, heartbeat_at = now() WHERE id = ? AND status = 'QUEUED' AND NOT cancel_requested")
                .setParameter(1, runner).setParameter(2, id).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, String phase, double fraction) {
        em.createNativeQuery("UPDATE distribution_plan SET phase = ?, fraction = ?, heartbeat_at = now()"
                        + " WHERE id = ? AND status = 'RUNNING'")
                .setParameter(1, phase).setParameter(2, Math.max(0, Math.min(1, fraction))).setParameter(3, id).executeUpdate();
    }

    /**
     * RUNNING → SUCCEEDED with the plan; a cancel request that came in meanwhile wins (→ CANCELLED, the plan is
     * dropped). {@code problem} replaces the stored problem when not null (a re-plan stores the problem after its
     * events). Returns the status written.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PlanStatus succeed(UUID id, String problem, String result, String view) {
        int cancelled = em.createNativeQuery("UPDATE distribution_plan SET status = 'CANCELLED', finished_at = now(),"
                        + " phase = 'cancelled', error = CAST(? AS jsonb), version = version + 1"
                        + " WHERE id = ? AND status = 'RUNNING' AND cancel_requested")
                .setParameter(1, PlanningProblems.errorJson("Cancelled on request; the plan that was just finished was dropped.",
                        List.of()).toString())
                .setParameter(2, id).executeUpdate();
        if (cancelled == 1) {
            return PlanStatus.CANCELLED;
        }
        em.createNativeQuery("UPDATE distribution_plan SET status = 'SUCCEEDED', finished_at = now(), phase = 'done',"
                        + " fraction = 1, problem = COALESCE(CAST(? AS jsonb), problem), result = CAST(? AS jsonb),"
                        + " view = CAST(? AS jsonb), version = version + 1 WHERE id = ? AND status = 'RUNNING'")
                .setParameter(1, problem).setParameter(2, result).setParameter(3, view).setParameter(4, id).executeUpdate();
        return PlanStatus.SUCCEEDED;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID id, JsonObject error) {
        em.createNativeQuery("UPDATE distribution_plan SET status = 'FAILED', finished_at = now(), phase = 'failed',"
                        + " error = CAST(? AS jsonb), version = version + 1 WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
                .setParameter(1, error.toString()).setParameter(2, id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void cancelled(UUID id, String message) {
        em.createNativeQuery("UPDATE distribution_plan SET status = 'CANCELLED', finished_at = now(), phase = 'cancelled',"
                        + " error = CAST(? AS jsonb), version = version + 1 WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
                .setParameter(1, PlanningProblems.errorJson(message, List.of()).toString()).setParameter(2, id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean cancelRequested(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT cancel_requested FROM distribution_plan WHERE id = ?")
                .setParameter(1, id).getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    /** The runner's sign of life for the plans it holds (queued or running here). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void heartbeat(Collection<UUID> ids, String runner) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE distribution_plan SET heartbeat_at = now(), runner = COALESCE(runner, ?)"
                        + " WHERE id = ANY (CAST(? AS uuid[])) AND status IN ('QUEUED', 'RUNNING')")
                .setParameter(1, runner).setParameter(2, uuidArray(ids)).executeUpdate();
    }

    /**
     * Plans queued or running whose runner has shown no sign of life for {@code silence}: the instance that ran
     * them stopped (a restart, a crash). They become FAILED with that reason; returns their ids.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> failOrphans(Duration silence) {
        List<Object> ids = em.createNativeQuery("UPDATE distribution_plan SET status = 'FAILED', finished_at = now(),"
                        + " phase = 'failed', version = version + 1, error = jsonb_build_object('message',"
                        + " 'The application stopped while this plan was ' || lower(status) || ' (last sign of life at '"
                        + " || to_char(heartbeat_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') || ', on '"
                        + " || COALESCE(runner, 'no instance yet') || '); it was not finished. Plan again.', 'errors', CAST('[]' AS jsonb))"
                        + " WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < now() - CAST(? AS interval) RETURNING id")
                .setParameter(1, silence.toSeconds() + " seconds").getResultList();
        return ids.stream().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString())).toList();
    }

    // ---- requests -----------------------------------------------------------------------------------

    /**
     * Asks a queued or running plan to stop: a queued one is CANCELLED at once, a running one when its run
     * next checks (within about a second). Returns false when the plan had finished already.
     */
    @Transactional
    public boolean requestCancel(UUID id, String by, boolean sensitive) {
        int n = em.createNativeQuery("UPDATE distribution_plan SET cancel_requested = true,"
                        + " status = CASE WHEN status = 'QUEUED' THEN 'CANCELLED' ELSE status END,"
                        + " finished_at = CASE WHEN status = 'QUEUED' THEN now() ELSE finished_at END,"
                        + " phase = CASE WHEN status = 'QUEUED' THEN 'cancelled' ELSE phase END,"
                        + " error = CASE WHEN status = 'QUEUED' THEN CAST(? AS jsonb) ELSE error END,"
                        + " version = CASE WHEN status = 'QUEUED' THEN version + 1 ELSE version END"
                        + " WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
                .setParameter(1, PlanningProblems.errorJson("Cancelled by " + by + " before it started.", List.of()).toString())
                .setParameter(2, id).executeUpdate();
        if (n == 1) {
            audit.record(ENTITY, id, "CANCEL", by, null, sensitive, null, null);
        }
        return n == 1;
    }

    /** Records an acceptance (inside the accepting transaction, after the units were changed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accepted(UUID id, String by, String acceptedUnits) {
        em.createNativeQuery("UPDATE distribution_plan SET accepted_at = now(), accepted_by = ?,"
                        + " accepted_units = CAST(? AS jsonb), version = version + 1 WHERE id = ?")
                .setParameter(1, by).setParameter(2, acceptedUnits).setParameter(3, id).executeUpdate();
    }

    // ---- mapping ------------------------------------------------------------------------------------

    private static Row row(Object[] r) {
        return new Row(uuid(r[0]), r[1] == null ? null : uuid(r[1]), PlanStatus.valueOf((String) r[2]), (String) r[3],
                ((Number) r[4]).doubleValue(), (String) r[5], SqlValues.instant(r[6]), SqlValues.instant(r[7]),
                SqlValues.instant(r[8]), Boolean.TRUE.equals(r[9]), uuids((String) r[10]), (String) r[11], (String) r[12],
                (String) r[13], Boolean.TRUE.equals(r[14]), SqlValues.instant(r[15]), (String) r[16], (String) r[17],
                ((Number) r[18]).longValue());
    }

    private static UUID uuid(Object o) {
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    static List<UUID> uuids(String array) {
        if (array == null || array.length() <= 2) {
            return List.of();
        }
        return Arrays.stream(array.substring(1, array.length() - 1).split(",")).map(String::strip).map(UUID::fromString).toList();
    }

    static String uuidArray(Collection<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }
}
