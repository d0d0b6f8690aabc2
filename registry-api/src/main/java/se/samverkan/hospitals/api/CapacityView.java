package se.samverkan.hospitals.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.hospitals.model.BedCapacity;
import se.samverkan.hospitals.model.CapacityReport;

/**
 * One capacity report as the API shows it. {@code stale} is true when the figures are older than the
 * configured age: a coordinator must never mistake them for current.
 */
@JsonbPropertyOrder({"reportId", "hospital", "reportedAt", "receivedAt", "stale", "reporter", "source",
        "emergencyDepartment", "emergencyDepartmentReason", "facilityState", "comment", "beds"})
public record CapacityView(long reportId, String hospital, Instant reportedAt, Instant receivedAt, boolean stale,
                           String reporter, String source, String emergencyDepartment,
                           String emergencyDepartmentReason, String facilityState, String comment,
                           Map<String, BedsView> beds) {

    static CapacityView of(CapacityReport r, boolean stale) {
        Map<String, BedsView> beds = new LinkedHashMap<>();
        for (BedCapacity b : r.beds()) {
            beds.put(b.category().name(), BedsView.of(b));
        }
        return new CapacityView(r.id(), r.hospitalCode().value(), r.reportedAt(), r.receivedAt(), stale, r.reporter(),
                r.source().name(), r.emergencyDepartment().name(), r.emergencyDepartmentReason().orElse(null),
                r.facilityState().name(), r.comment().orElse(null), beds);
    }
}
