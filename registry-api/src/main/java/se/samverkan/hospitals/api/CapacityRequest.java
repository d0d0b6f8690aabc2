package se.samverkan.hospitals.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.hospitals.HospitalProblems;
import se.samverkan.hospitals.model.BedCapacity;
import se.samverkan.hospitals.model.CapacityDraft;
import se.samverkan.hospitals.model.CareCategory;
import se.samverkan.hospitals.model.EmergencyDepartmentState;
import se.samverkan.hospitals.model.FacilityState;
import se.samverkan.platform.problem.Problem;

/**
 * A capacity report as JSON, all categories in one call:
 * <pre>{"reportedAt": "2026-11-25T14:00:00Z", "emergencyDepartment": "NORMAL", "facilityState": "NORMAL",
 *  "beds": {"ICU_ADULT": {"available": 2, "baseline": 8, "additional24h": 2, "additional72h": 4}}}</pre>
 * Parsed by hand so that every bad field (a negative or fractional count, an unknown category, more beds
 * than baseline plus surge without {@code overCapacityReason}) is named in one problem detail.
 */
final class CapacityRequest {

    private CapacityRequest() {
    }

    /** The draft, or a 400 problem naming every bad field. */
    static CapacityDraft parse(JsonObject body) {
        Parsed parsed = read(body);
        if (!parsed.errors().isEmpty()) {
            throw HospitalProblems.invalid(parsed.errors());
        }
        return parsed.draft();
    }

    /** Either a draft or the field errors (never both); apart from {@link #parse} for tests without JAX-RS. */
    record Parsed(CapacityDraft draft, List<Problem.FieldError> errors) {
    }

    static Parsed read(JsonObject body) {
        JsonFields f = new JsonFields();
        Optional<Instant> reportedAt = f.instant(body, "reportedAt", "reportedAt");
        Optional<EmergencyDepartmentState> ed = f.choice(body, "emergencyDepartment", "emergencyDepartment",
                EmergencyDepartmentState.class, Optional.empty());
        Optional<String> edReason = f.text(body, "emergencyDepartmentReason", "emergencyDepartmentReason", false);
        Optional<FacilityState> facility = f.choice(body, "facilityState", "facilityState", FacilityState.class,
                Optional.of(FacilityState.NORMAL));
        Optional<String> comment = f.text(body, "comment", "comment", false);
        List<BedCapacity> beds = new ArrayList<>();
        f.object(body, "beds", "beds", true).ifPresent(all -> {
            if (all.isEmpty()) {
                f.error("beds", "must report at least one care category (" + CareCategory.allNames() + ")");
            }
            for (Map.Entry<String, JsonValue> entry : all.entrySet()) {
                String field = "beds." + entry.getKey();
                Optional<CareCategory> category = CareCategory.parse(entry.getKey());
                if (category.isEmpty()) {
                    f.error(field, "unknown care category; one of " + CareCategory.allNames());
                    continue;
                }
                if (!(entry.getValue() instanceof JsonObject line)) {
                    f.error(field, "must be an object with available, baseline, additional24h, additional72h");
                    continue;
                }
                bedLine(f, field, category.get(), line).ifPresent(beds::add);
            }
        });
        if (!f.errors().isEmpty()) {
            return new Parsed(null, f.errors());
        }
        return new Parsed(new CapacityDraft(reportedAt.orElseThrow(), ed.orElseThrow(), edReason.orElse(null),
                facility.orElseThrow(), comment.orElse(null), beds), List.of());
    }

    private static Optional<BedCapacity> bedLine(JsonFields f, String field, CareCategory category, JsonObject line) {
        Optional<Integer> available = f.count(line, "available", field + ".available", Optional.empty());
        Optional<Integer> baseline = f.count(line, "baseline", field + ".baseline", Optional.empty());
        Optional<Integer> add24 = f.count(line, "additional24h", field + ".additional24h", Optional.of(0));
        Optional<Integer> add72 = f.count(line, "additional72h", field + ".additional72h", Optional.of(0));
        Optional<String> reason = f.text(line, "overCapacityReason", field + ".overCapacityReason", false);
        if (available.isEmpty() || baseline.isEmpty() || add24.isEmpty() || add72.isEmpty()) {
            return Optional.empty();
        }
        if (BedCapacity.exceedsBaselineAndSurge(available.get(), baseline.get(), add24.get(), add72.get())
                && reason.map(String::isBlank).orElse(true)) {
            f.error(field + ".available", available.get() + " " + BedCapacity.OVER_CAPACITY);
            return Optional.empty();
        }
        return f.build(field, () -> new BedCapacity(category, available.get(), baseline.get(), add24.get(), add72.get(),
                reason.orElse(null)));
    }
}
