package se.samverkan.platform.audit;

import se.samverkan.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * Writes and reads the audit trail. {@link #record} must run inside the transaction of the change it
 * describes (it joins it, never starts its own), so a change and its audit row commit or vanish together.
 */
@ApplicationScoped
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    /** One change. {@code before}/{@code after} are the record as the API shows it (null for create/delete). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, UUID entityId, String action, String actor, String regionCode,
                       boolean sensitive, Object before, Object after) {
        em.createNativeQuery("INSERT INTO audit_entry (entity_type, entity_id, action, actor, region_code, sensitive, before, after)"
                        + " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))")
                .setParameter(1, entityType)
                .setParameter(2, entityId)
                .setParameter(3, action)
                .setParameter(4, actor)
                .setParameter(5, regionCode)
                .setParameter(6, sensitive)
                .setParameter(7, before == null ? null : JSON.toJson(before))
                .setParameter(8, after == null ? null : JSON.toJson(after))
                .executeUpdate();
    }

    /** The history of one record, oldest first. */
    public List<AuditEntry> history(String entityType, UUID entityId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, action, actor, at, CAST(before AS text), CAST(after AS text)"
                        + " FROM audit_entry WHERE entity_type = ? AND entity_id = ? ORDER BY id")
                .setParameter(1, entityType).setParameter(2, entityId).getResultList();
        return rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                SqlValues.instant(r[3]), json((String) r[4]), json((String) r[5]))).toList();
    }


    private static JsonValue json(String text) {
        if (text == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
