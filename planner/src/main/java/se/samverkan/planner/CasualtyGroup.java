package se.samverkan.planner;

import java.time.Instant;
import se.samverkan.gis.GeoPoint;

/**
 * Patients at one source who share triage, care need and posture, and can be moved from the same time.
 * Planning works on groups rather than individuals so a bus crash with 40 injured is a handful of rows.
 *
 * @param id        the caller's identifier, unique within a scenario
 * @param location  where the patients are; groups at the same location form one source
 * @param region    county code of the region where they are (for the own-region preference)
 * @param count     how many patients, 1 to {@value PlanningProblem#MAX_COUNT}
 * @param triage    their priority
 * @param careNeed  what a receiving hospital must offer
 * @param lying     whether they must be transported lying
 * @param readyAt   when they can first be picked up
 */
public record CasualtyGroup(String id, GeoPoint location, String region, int count, Triage triage, CareNeed careNeed,
                            boolean lying, Instant readyAt) {

    public CasualtyGroup {
        InvalidPlanningInputException.require(id != null && !id.isBlank(), "id", "must not be blank");
        InvalidPlanningInputException.require(location != null, "location", "is required");
        InvalidPlanningInputException.require(HealthcareRegions.isCounty(region), "region",
                "must be a Swedish county code such as \"01\" or \"23\", was " + region);
        InvalidPlanningInputException.require(triage != null, "triage", "is required");
        InvalidPlanningInputException.require(careNeed != null, "careNeed", "is required");
        InvalidPlanningInputException.require(readyAt != null, "readyAt", "is required");
        InvalidPlanningInputException.require(count >= 1 && count <= PlanningProblem.MAX_COUNT, "count",
                "must be between 1 and " + PlanningProblem.MAX_COUNT + ", was " + count);
    }

    /** Splits off {@code n} patients, for example to fill a bus, leaving the rest as the second group. */
    public CasualtyGroup[] split(int n) {
        if (n < 1 || n >= count) {
            throw new IllegalArgumentException("split must leave patients on both sides: " + n + " of " + count);
        }
        return new CasualtyGroup[] {
            new CasualtyGroup(id + "/a", location, region, n, triage, careNeed, lying, readyAt),
            new CasualtyGroup(id + "/b", location, region, count - n, triage, careNeed, lying, readyAt)
        };
    }

    public CasualtyGroup withCount(int newCount) {
        return new CasualtyGroup(id, location, region, newCount, triage, careNeed, lying, readyAt);
    }
}
