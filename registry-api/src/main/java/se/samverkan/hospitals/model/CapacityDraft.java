package se.samverkan.hospitals.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One capacity report as a hospital sends it, before it is stored: every reported category once, the
 * emergency-department and facility state, and when the figures were true (to the second).
 */
public record CapacityDraft(Instant reportedAt, EmergencyDepartmentState emergencyDepartment,
                            String emergencyDepartmentReason, FacilityState facilityState, String comment,
                            List<BedCapacity> beds) {

    public CapacityDraft {
        Objects.requireNonNull(reportedAt, "reportedAt");
        reportedAt = reportedAt.truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(emergencyDepartment, "emergencyDepartment");
        Objects.requireNonNull(facilityState, "facilityState");
        emergencyDepartmentReason = blankToNull(emergencyDepartmentReason);
        comment = blankToNull(comment);
        if (beds == null || beds.isEmpty()) {
            throw new IllegalArgumentException("a report needs the beds of at least one care category");
        }
        Set<CareCategory> seen = EnumSet.noneOf(CareCategory.class);
        for (BedCapacity bed : beds) {
            if (!seen.add(bed.category())) {
                throw new IllegalArgumentException("care category " + bed.category() + " is reported twice");
            }
        }
        beds = beds.stream().sorted(Comparator.comparing(BedCapacity::category)).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
