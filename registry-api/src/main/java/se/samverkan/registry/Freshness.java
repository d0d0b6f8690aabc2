package se.samverkan.registry;

import se.samverkan.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;

/**
 * Keeps the inventory honest: each region has a confirmation interval; a unit not confirmed within it is
 * stale, and so is a region's inventory as a whole when it has not been confirmed in time. From
 * katastrofläge upwards the interval is at most one day (DOMAIN: raising a level changes how often
 * inventories must be confirmed). A region confirms its whole inventory in one action.
 */
@ApplicationScoped
public class Freshness {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    public record RegionFreshness(String region, Duration confirmationInterval, Duration intervalInForce,
                                  Instant inventoryConfirmedAt, String inventoryConfirmedBy, boolean inventoryStale,
                                  long units, long staleUnits) {
    }

    public boolean isRegion(String code) {
        return !em.createNativeQuery("SELECT 1 FROM region WHERE code = ?").setParameter(1, code).getResultList().isEmpty();
    }

    /**
     * Every region's freshness, or one region's; counts include sensitive units (only numbers leave here).
     * The interval in force and both stale flags come from confirmation_interval_in_force(), the one rule
     * every unit read uses (at most a day from katastrofläge up).
     */
    @SuppressWarnings("unchecked")
    public List<RegionFreshness> summary(String onlyRegion) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.region_code, CAST(EXTRACT(EPOCH FROM p.confirmation_interval) AS bigint),
                       CAST(EXTRACT(EPOCH FROM in_force.confirm_within) AS bigint),
                       p.inventory_confirmed_at, p.inventory_confirmed_by,
                       (p.inventory_confirmed_at IS NULL OR p.inventory_confirmed_at < now() - in_force.confirm_within),
                       count(u.id),
                       count(u.id) FILTER (WHERE u.last_confirmed_at < now() - in_force.confirm_within)
                FROM inventory_policy p
                JOIN readiness_in_force rr ON rr.scope = p.region_code
                CROSS JOIN LATERAL (SELECT confirmation_interval_in_force(p.confirmation_interval, rr.effective_rank)
                                    AS confirm_within) AS in_force
                LEFT JOIN transport_unit u ON u.home_region = p.region_code AND u.retired_at IS NULL
                WHERE (CAST(? AS text) IS NULL OR p.region_code = CAST(? AS text))
                GROUP BY p.region_code, p.confirmation_interval, p.inventory_confirmed_at, p.inventory_confirmed_by,
                         in_force.confirm_within
                ORDER BY p.region_code""").setParameter(1, onlyRegion).setParameter(2, onlyRegion).getResultList();
        return rows.stream().map(r -> new RegionFreshness((String) r[0], Duration.ofSeconds(((Number) r[1]).longValue()),
                Duration.ofSeconds(((Number) r[2]).longValue()), SqlValues.instant(r[3]), (String) r[4], (Boolean) r[5],
                ((Number) r[6]).longValue(), ((Number) r[7]).longValue())).toList();
    }

    /**
     * Confirms a region's whole inventory: every unit in service of the region is marked confirmed now,
     * each with an audit row, in one transaction. Returns how many units were confirmed.
     */
    @Transactional
    public int confirmInventory(String region, Caller caller) {
        requireRegion(region);
        if (!caller.mayEditRegion(region)) {
            throw ProblemException.forbidden("You may confirm the inventory of your own region only.");
        }
        String actor = caller.auditName();
        em.createNativeQuery("""
                INSERT INTO audit_entry (entity_type, entity_id, action, actor, region_code, sensitive, before, after)
                SELECT 'unit', id, 'CONFIRM', ?, home_region, sensitive,
                       jsonb_build_object('lastConfirmedAt', last_confirmed_at),
                       jsonb_build_object('lastConfirmedAt', now())
                FROM transport_unit WHERE home_region = ? AND retired_at IS NULL""")
                .setParameter(1, actor).setParameter(2, region).executeUpdate();
        int count = em.createNativeQuery("UPDATE transport_unit SET last_confirmed_at = now(), updated_at = now()"
                + " WHERE home_region = ? AND retired_at IS NULL").setParameter(1, region).executeUpdate();
        em.createNativeQuery("UPDATE inventory_policy SET inventory_confirmed_at = now(), inventory_confirmed_by = ?,"
                + " version = version + 1 WHERE region_code = ?").setParameter(1, actor).setParameter(2, region).executeUpdate();
        return count;
    }

    /** Sets how often a region must confirm its inventory. The national cell or the region itself. */
    @Transactional
    public void setInterval(String region, Duration interval, Caller caller) {
        requireRegion(region);
        if (!caller.mayEditRegion(region)) {
            throw ProblemException.forbidden("You may set the confirmation interval of your own region only.");
        }
        if (interval.compareTo(Duration.ofHours(1)) < 0 || interval.compareTo(Duration.ofDays(366)) > 0) {
            throw ProblemException.invalid("confirmationInterval", "must be between one hour and one year (ISO 8601, e.g. P30D)");
        }
        em.createNativeQuery("UPDATE inventory_policy SET confirmation_interval = make_interval(secs => ?), version = version + 1"
                + " WHERE region_code = ?").setParameter(1, (double) interval.toSeconds()).setParameter(2, region)
                .executeUpdate();
    }

    private void requireRegion(String region) {
        if (!isRegion(region)) {
            throw ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown region",
                    "There is no region with county code " + region + ".");
        }
    }

}
