package se.samverkan.hospitals;

import java.util.Optional;
import se.samverkan.hospitals.model.CapacityReport;
import se.samverkan.hospitals.model.Hospital;

/**
 * A hospital with its current capacity report, if it ever reported, and whether that capacity is stale.
 * A hospital without any report counts as stale: nobody knows its capacity.
 */
public record HospitalStatus(Hospital hospital, Optional<CapacityReport> capacity, boolean stale) {
}
