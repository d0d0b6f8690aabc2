package se.samverkan.registry.exchange;

import se.samverkan.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The state of imports, kept in the database so that any instance can answer "how far is it" and a user
 * watching a long import sees the counters move. Every write is its own transaction: progress must be
 * visible while the import's own transaction is still open.
 */
@ApplicationScoped
public class ImportJobs {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    /** One reported problem: the row (line in a CSV, feature number in GeoJSON), the column, the reason. */
    public record RowError(int row, String field, String reason) {
    }

    public record Job(UUID id, String format, boolean dryRun, String state, String requestedBy, int rowsChecked,
                      int rowsApplied, Integer rowsTotal, int created, int updated, int errorCount,
                      JsonArray errors, String message, Instant startedAt, Instant finishedAt) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID create(String format, boolean dryRun, String requestedBy, String regionScope) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO import_job (id, entity_type, format, dry_run, state, requested_by, region_scope)"
                        + " VALUES (?, 'unit', ?, ?, 'QUEUED', ?, ?)")
                .setParameter(1, id).setParameter(2, format).setParameter(3, dryRun).setParameter(4, requestedBy)
                .setParameter(5, regionScope).executeUpdate();
        return id;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, String state, int checked, int applied) {
        em.createNativeQuery("UPDATE import_job SET state = ?, rows_checked = ?, rows_applied = ? WHERE id = ?")
                .setParameter(1, state).setParameter(2, checked).setParameter(3, applied).setParameter(4, id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID id, int checked, int errorCount, List<RowError> errors, String message) {
        em.createNativeQuery("UPDATE import_job SET state = 'FAILED', rows_checked = ?, rows_applied = 0, error_count = ?,"
                        + " errors = CAST(? AS jsonb), message = ?, finished_at = now() WHERE id = ?")
                .setParameter(1, checked).setParameter(2, errorCount).setParameter(3, json(errors))
                .setParameter(4, message).setParameter(5, id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeed(UUID id, int checked, int applied, int created, int updated, String message) {
        em.createNativeQuery("UPDATE import_job SET state = 'SUCCEEDED', rows_checked = ?, rows_applied = ?, rows_total = ?,"
                        + " created = ?, updated = ?, message = ?, finished_at = now() WHERE id = ?")
                .setParameter(1, checked).setParameter(2, applied).setParameter(3, checked).setParameter(4, created)
                .setParameter(5, updated).setParameter(6, message).setParameter(7, id).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<Job> find(UUID id) {
        List<Object[]> rows = em.createNativeQuery("SELECT format, dry_run, state, requested_by, rows_checked, rows_applied,"
                + " rows_total, created, updated, error_count, CAST(errors AS text), message, started_at, finished_at"
                + " FROM import_job WHERE id = ?").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new Job(id, (String) r[0], (Boolean) r[1], (String) r[2], (String) r[3],
                num(r[4]), num(r[5]), r[6] == null ? null : num(r[6]), num(r[7]), num(r[8]), num(r[9]),
                Json.createReader(new StringReader((String) r[10])).readArray(), (String) r[11], SqlValues.instant(r[12]),
                SqlValues.instant(r[13])));
    }

    /** The report as stored: [{row, field, reason}], JSON-P like the rest of the job's JSON. */
    static String json(List<RowError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (RowError e : errors) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("row", e.row());
            if (e.field() != null) {
                o.add("field", e.field());
            }
            if (e.reason() != null) {
                o.add("reason", e.reason());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

}
