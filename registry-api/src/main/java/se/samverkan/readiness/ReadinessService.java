package se.samverkan.readiness;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.readiness.model.ReadinessChange;
import se.samverkan.readiness.model.ReadinessInForce;
import se.samverkan.readiness.model.ReadinessLevel;

/**
 * The readiness in force and its changes. The nation is at normal or at one of the government's levels
 * (heightened readiness, highest readiness, war); each region is at one of the regional preparedness
 * levels. A unit's region counts at the higher of the two.
 */
@ApplicationScoped
public class ReadinessService {

    /**
     * How long the national level is taken from memory. Every request of the national cell asks for it (it
     * decides who sees military units), so a database round trip per request would dominate a search; a
     * change made here clears it at commit, one made on another instance is seen within this interval.
     */
    static final Duration NATIONAL_LEVEL_MAX_AGE = Duration.ofSeconds(1);

    private record Remembered(ReadinessLevel level, long readAtNanos) {
    }

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile Remembered nationalLevel;

    public ReadinessLevel national() {
        Remembered remembered = nationalLevel;
        long now = System.nanoTime();
        if (remembered != null && now - remembered.readAtNanos() < NATIONAL_LEVEL_MAX_AGE.toNanos()) {
            return remembered.level();
        }
        ReadinessLevel level = scope(ReadinessInForce.NATIONAL).map(ReadinessInForce::level).orElse(ReadinessLevel.NORMAL);
        nationalLevel = new Remembered(level, now);
        return level;
    }

    /** The level a region's units are counted at: the higher of the region's own and the national level. */
    public ReadinessLevel effectiveFor(String regionCode) {
        ReadinessLevel regional = scope(regionCode).map(ReadinessInForce::level).orElse(ReadinessLevel.NORMAL);
        return ReadinessLevel.higher(regional, national());
    }

    /** National row first, then the regions by county code. */
    public Map<String, ReadinessInForce> all() {
        Map<String, ReadinessInForce> out = new LinkedHashMap<>();
        scope(ReadinessInForce.NATIONAL).ifPresent(r -> out.put(r.scope(), r));
        em.createQuery("SELECT r FROM ReadinessInForce r WHERE r.scope <> :se ORDER BY r.scope", ReadinessInForce.class)
                .setParameter("se", ReadinessInForce.NATIONAL)
                .getResultList().forEach(r -> out.put(r.scope(), r));
        return out;
    }

    public Optional<ReadinessInForce> scope(String scope) {
        return Optional.ofNullable(em.find(ReadinessInForce.class, scope));
    }

    public List<ReadinessChange> history(String scope, int limit) {
        return em.createQuery("SELECT c FROM ReadinessChange c WHERE c.scope = :s ORDER BY c.changedAt DESC, c.id DESC",
                        ReadinessChange.class)
                .setParameter("s", scope).setMaxResults(limit).getResultList();
    }

    /**
     * Changes the level of one scope. National levels are the government's and set by the national cell;
     * a region's level is set by the national cell or the region's own editors. The change is recorded
     * with who and why in the same transaction.
     */
    @Transactional
    public ReadinessInForce change(String scope, ReadinessLevel to, String reason, long expectedVersion, Caller caller) {
        ReadinessInForce current = Optional.ofNullable(em.find(ReadinessInForce.class, scope, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown readiness scope",
                        "There is no region with county code " + scope + "; use SE for the national level."));
        boolean national = current.national();
        if (national && !caller.hasRole(Roles.NATIONAL_COORDINATOR)) {
            throw ProblemException.forbidden("Only the national coordination cell may change the national readiness level.");
        }
        if (!national && !caller.mayEditRegion(scope)) {
            throw ProblemException.forbidden("You may change the readiness level of your own region only.");
        }
        if (national && !(to == ReadinessLevel.NORMAL || to.national())) {
            throw ProblemException.invalid("level", "the national level is NORMAL, HEIGHTENED_READINESS, "
                    + "HIGHEST_READINESS or WAR; regional levels are set per region");
        }
        if (!national && to.national()) {
            throw ProblemException.invalid("level", "heightened readiness and war are declared nationally (scope SE), "
                    + "not per region");
        }
        if (current.version() != expectedVersion) {
            throw ProblemException.staleVersion("The readiness level of " + scope, current.version());
        }
        if (current.level() == to) {
            throw ProblemException.conflict(scope + " is already at " + to + ".", null);
        }
        if (national) {
            forgetNationalLevelAtCompletion();
        }
        Instant now = Instant.now();
        em.persist(new ReadinessChange(scope, current.level(), to, caller.auditName(), reason, now));
        current.change(to, caller.auditName(), reason, now);
        em.flush();
        return current;
    }

    /** Cleared after commit or rollback: clearing earlier could let a concurrent read remember the old level. */
    private void forgetNationalLevelAtCompletion() {
        nationalLevel = null;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                nationalLevel = null;
            }
        });
    }
}
