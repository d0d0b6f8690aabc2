package se.samverkan.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Records every read of a sensitive record: who, with which roles, which record, through which door (a
 * single read, a list, a search, an export). Written in its own transaction so a read-only request still
 * leaves its trace, and so that a failure to log fails the read rather than passing silently.
 */
@ApplicationScoped
public class AccessLog {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sensitiveRead(Caller caller, String entityType, Collection<UUID> ids, String access) {
        if (ids.isEmpty()) {
            return;
        }
        String roles = String.join(",", new TreeSet<>(caller.roles()));
        // One statement for a whole page of records: unnest keeps a 500-row export to one round trip.
        em.createNativeQuery("INSERT INTO sensitive_access_log (actor, roles, entity_type, entity_id, access)"
                        + " SELECT ?, ?, ?, id, ? FROM unnest(CAST(? AS uuid[])) AS t(id)")
                .setParameter(1, caller.auditName())
                .setParameter(2, roles)
                .setParameter(3, entityType)
                .setParameter(4, access)
                .setParameter(5, "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}")
                .executeUpdate();
    }
}
