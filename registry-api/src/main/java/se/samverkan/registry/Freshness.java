package se.samverkan.registry;

import se.samverkan.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;
import se.samverkan.readiness.ReadinessService;
import se.samverkan.readiness.model.ReadinessLevel;

/**
 * Keeps the inventory honest: each region has a confirmation interval; a unit not confirmed within it is
 * stale, and so is a region's inventory as a whole when it has not been confirmed in time. From
 * katastrofläge upwards the interval is at most one day (DOMAIN: raising a level changes how often
 * inventories must be confirmed). A region confirms its whole inventory in one action.
 */
@ApplicationScoped
public class Freshness {

    /** The interval in force from this level upwards is at most {@link #CRISIS_INTERVAL}. */
    static final ReadinessLevel CRISIS_LEVEL = ReadinessLevel.DISASTER;
    static final Duration CRISIS_INTERVAL = Duration.ofDays(1);

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    ReadinessService readiness;

    public record RegionFreshness(String region, Duration confirmationInterval, Duration intervalInForce,
                                  Instant inventoryConfirmedAt, String inventoryConfirmedBy, boolean inventoryStale,
                                  long units, long staleUnits) {
    }

    public boolean isRegion(String code) {
        return !em.createNativeQuery("SELECT 1 FROM region WHERE code = ?").setParameter(1, code).getResultList().isEmpty();
    }

    public Duration interval(String region) {
        List<?> rows = em.createNativeQuery("SELECT CAST(EXTRACT(EPOCH FROM confirmation_interval) AS bigint)"
                + " FROM inventory_policy WHERE region_code = ?").setParameter(1, region).getResultList();
        return rows.isEmpty() ? Duration.ofDays(30) : Duration.ofSeconds(((Number) rows.get(0)).longValue());
    }

    public Duration effectiveInterval(String region, ReadinessLevel inForce) {
        return inForce(interval(region), inForce);
    }

    /** The region's own interval, shortened to a day from katastrofläge upwards. */
    static Duration inForce(Duration policy, ReadinessLevel level) {
        return level.rank() >= CRISIS_LEVEL.rank() && policy.compareTo(CRISIS_INTERVAL) > 0 ? CRISIS_INTERVAL : policy;
    }

    /** Every region's freshness, or one region's; counts include sensitive units (only numbers leave here). */
    @SuppressWarnings("unchecked")
    public List<RegionFreshness> summary(String onlyRegion) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.region_code, CAST(EXTRACT(EPOCH FROM p.confirmation_interval) AS bigint),
                       p.inventory_confirmed_at, p.inventory_confirmed_by,
                       count(u.id),
                       count(u.id) FILTER (WHERE u.last_confirmed_at
                           < now() - confirmation_interval_in_force(p.confirmation_interval, rr.effective_rank)),
                       rr.effective_rank
                FROM inventory_policy p
                JOIN readiness_in_force rr ON rr.scope = p.region_code
                LEFT JOIN transport_unit u ON u.home_region = p.region_code AND u.retired_at IS NULL
                WHERE (CAST(? AS text) IS NULL OR p.region_code = CAST(? AS text))
                GROUP BY p.region_code, p.confirmation_interval, p.inventory_confirmed_at, p.inventory_confirmed_by,
                         rr.effective_rank
                ORDER BY p.region_code""").setParameter(1, onlyRegion).setParameter(2, onlyRegion).getResultList();
        Instant now = Instant.now();
        return rows.stream().map(r -> {
            Duration policy = Duration.ofSeconds(((Number) r[1]).longValue());
            ReadinessLevel inForce = ReadinessLevel.values()[((Number) r[6]).intValue()];
            Duration effective = inForce(policy, inForce);
            Instant confirmed = SqlValues.instant(r[2]);
            boolean inventoryStale = confirmed == null || confirmed.plus(effective).isBefore(now);
            return new RegionFreshness((String) r[0], policy, effective, confirmed, (String) r[3], inventoryStale,
                    ((Number) r[4]).longValue(), ((Number) r[5]).longValue());
        }).toList();
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
