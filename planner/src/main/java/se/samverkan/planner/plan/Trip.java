package se.samverkan.planner.plan;

import java.util.List;
import java.util.Objects;
import se.samverkan.gis.GeoPoint;

/**
 * One trip of a unit: it leaves where it was at {@code departure}, picks its patients up at {@code source}
 * at {@code pickup}, hands them over at the hospital at {@code arrival}, and is free again at {@code freeAt}
 * (after the turnaround). Times are minutes after the plan's start. {@code number} counts the unit's trips
 * from 1. A {@code fixed} trip was already under way when the plan was re-made and was kept as it was.
 */
public record Trip(String unitId, int number, GeoPoint source, String hospitalId, double departure, double pickup,
                   double arrival, double freeAt, List<PatientSlice> patients, boolean fixed) {

    public Trip {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hospitalId, "hospitalId");
        patients = List.copyOf(patients);
        if (number < 1 || patients.isEmpty()) {
            throw new IllegalArgumentException("a trip has a number from 1 and at least one patient");
        }
    }

    public int patientCount() {
        return patients.stream().mapToInt(PatientSlice::count).sum();
    }

    public Trip asFixed() {
        return new Trip(unitId, number, source, hospitalId, departure, pickup, arrival, freeAt, patients, true);
    }
}
