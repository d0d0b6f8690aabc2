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
 */
public record TransportUnit(String id, TransportMode mode, GeoPoint position, int lyingPlaces, int seatedPlaces,
                            CareLevel careLevel, Instant availableAt, double turnaroundMinutes) {

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
    }

    public int places(boolean lying) {
        return lying ? lyingPlaces : seatedPlaces;
    }
}
