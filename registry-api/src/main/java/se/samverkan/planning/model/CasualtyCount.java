package se.samverkan.planning.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.Triage;

/**
 * How many patients of one triage, care need and posture an incident has, and, when it differs from the
 * incident's, from when they can be picked up. The planner's vocabulary (its {@link Triage} and
 * {@link CareNeed}), since incidents exist to be planned.
 */
@Embeddable
public class CasualtyCount {

    @Enumerated(EnumType.STRING)
    private Triage triage;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_need")
    private CareNeed careNeed;

    private boolean lying;

    private int count;

    @Column(name = "ready_at")
    private Instant readyAt;

    protected CasualtyCount() {
    }

    public CasualtyCount(Triage triage, CareNeed careNeed, boolean lying, int count, Instant readyAt) {
        this.triage = Objects.requireNonNull(triage, "triage");
        this.careNeed = Objects.requireNonNull(careNeed, "careNeed");
        if (count < 0) {
            throw new IllegalArgumentException("a casualty count is never negative, was " + count);
        }
        this.lying = lying;
        this.count = count;
        this.readyAt = readyAt;
    }

    public Triage triage() {
        return triage;
    }

    public CareNeed careNeed() {
        return careNeed;
    }

    public boolean lying() {
        return lying;
    }

    public int count() {
        return count;
    }

    /** Empty: ready from the incident's ready time. */
    public Optional<Instant> readyAt() {
        return Optional.ofNullable(readyAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CasualtyCount c && triage == c.triage && careNeed == c.careNeed && lying == c.lying
                && count == c.count && Objects.equals(readyAt, c.readyAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(triage, careNeed, lying, count, readyAt);
    }
}
