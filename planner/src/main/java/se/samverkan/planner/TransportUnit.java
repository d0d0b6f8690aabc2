package se.samverkan.planner;

import java.time.Instant;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;

/**
 * A unit that can carry patients: its mode decides the travel times, its places decide how many lying and
 * seated patients go in one trip, its crew's care level decides which patients it may carry.
 *
 * @param availableAt        when it can leave {@code position}
 * @param turnaroundMinutes  handover and cleaning at the hospital before it can leave again
 * @param homeRegion         county code of the region whose dispatch centre sends it, or null when unknown
 *                           (then it is nobody's own unit: the regional baselines send it only as mutual aid,
 *                           see docs/decisions/0005-planner-baselines.md); the plan itself ignores it
 */
public record TransportUnit(String id, TransportMode mode, GeoPoint position, int lyingPlaces, int seatedPlaces,
                            CareLevel careLevel, Instant availableAt, double turnaroundMinutes, String homeRegion) {

    public TransportUnit {
        InvalidPlanningInputException.require(id != null && !id.isBlank(), "id", "must not be blank");
        InvalidPlanningInputException.require(mode != null, "mode", "is required");
        InvalidPlanningInputException.require(position != null, "position", "is required");
        InvalidPlanningInputException.require(careLevel != null, "careLevel", "is required");
        InvalidPlanningInputException.require(availableAt != null, "availableAt", "is required");
        InvalidPlanningInputException.require(lyingPlaces >= 0 && lyingPlaces <= 1000, "lyingPlaces",
                "must be between 0 and 1000, was " + lyingPlaces);
        InvalidPlanningInputException.require(seatedPlaces >= 0 && seatedPlaces <= 1000, "seatedPlaces",
                "must be between 0 and 1000, was " + seatedPlaces);
        InvalidPlanningInputException.require(Double.isFinite(turnaroundMinutes) && turnaroundMinutes >= 0
                && turnaroundMinutes <= 24 * 60, "turnaroundMinutes", "must be between 0 and 1440, was " + turnaroundMinutes);
        InvalidPlanningInputException.require(homeRegion == null || HealthcareRegions.isCounty(homeRegion), "homeRegion",
                "must be a Swedish county code such as \"01\" or \"23\" (or absent), was " + homeRegion);
    }

    /** A unit whose home region is not known. */
    public TransportUnit(String id, TransportMode mode, GeoPoint position, int lyingPlaces, int seatedPlaces,
                         CareLevel careLevel, Instant availableAt, double turnaroundMinutes) {
        this(id, mode, position, lyingPlaces, seatedPlaces, careLevel, availableAt, turnaroundMinutes, null);
    }

    public int places(boolean lying) {
        return lying ? lyingPlaces : seatedPlaces;
    }

    /** Whether the dispatch centre of {@code region} sends this unit as its own. */
    public boolean belongsTo(String region) {
        return homeRegion != null && homeRegion.equals(region);
    }
}
