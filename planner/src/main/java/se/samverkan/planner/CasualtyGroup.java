package se.samverkan.planner;

import java.time.Instant;
import java.util.Objects;
import se.samverkan.gis.GeoPoint;

/**
 * Patients at one source who share triage, care need and posture, and can be moved from the same time.
 * Planning works on groups rather than individuals so a bus crash with 40 injured is a handful of rows.
 *
 * @param id        the caller's identifier, unique within a scenario
 * @param location  where the patients are
 * @param count     how many patients, at least one
 * @param triage    their priority
 * @param careNeed  what a receiving hospital must offer
 * @param lying     whether they must be transported lying
 * @param readyAt   when they can first be picked up
 */
public record CasualtyGroup(String id, GeoPoint location, int count, Triage triage, CareNeed careNeed,
                            boolean lying, Instant readyAt) {

    public CasualtyGroup {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(triage, "triage");
        Objects.requireNonNull(careNeed, "careNeed");
        Objects.requireNonNull(readyAt, "readyAt");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
    }

    /** Splits off {@code n} patients, for example to fill a bus, leaving the rest as the second group. */
    public CasualtyGroup[] split(int n) {
        if (n < 1 || n >= count) {
            throw new IllegalArgumentException("split must leave patients on both sides: " + n + " of " + count);
        }
        return new CasualtyGroup[] {
            new CasualtyGroup(id + "/a", location, n, triage, careNeed, lying, readyAt),
            new CasualtyGroup(id + "/b", location, count - n, triage, careNeed, lying, readyAt)
        };
    }
}
