package se.samverkan.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A unit as a region states it, on the wire (JSON body) or as one CSV/GeoJSON import row. Bean Validation
 * checks its form; {@link UnitRegistry} then checks it against the vocabulary and the records it names.
 * Enumerations are strings here so that a wrong value is reported against its field, not as unreadable JSON.
 */
public record UnitInput(
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
        @Pattern(regexp = "[\\p{L}\\p{N} ._/-]+", message = "may hold letters, digits, space and . _ / - only")
        String callSign,
        @Size(max = 20, message = "must be at most 20 characters") String registration,
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Z][A-Z_]*", message = "must be a resource kind code such as ROAD_AMBULANCE")
        String kind,
        @Min(value = 1, message = "must be between 1 and 4") @Max(value = 4, message = "must be between 1 and 4") Integer tier,
        @NotBlank(message = "is required") String organisation,
        @NotBlank(message = "is required") @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code such as 23")
        String homeRegion,
        String base,
        @NotBlank(message = "is required") @Pattern(regexp = UnitInput.STATUSES, message = "must be one of " + UnitInput.STATUSES)
        String status,
        @NotBlank(message = "is required") @Pattern(regexp = UnitInput.CARE_LEVELS, message = "must be one of " + UnitInput.CARE_LEVELS)
        String careLevel,
        @NotNull(message = "is required") @Valid CapacityInput capacity,
        List<@Pattern(regexp = UnitInput.CREW, message = "must be one of " + UnitInput.CREW) String> crew,
        List<@Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be a capability tag such as ventilator") String> capabilities,
        @Size(max = 200, message = "must be at most 200 characters") String operatingHours,
        @Size(max = 200, message = "must be at most 200 characters") String dispatchBy,
        @Pattern(regexp = UnitInput.LEVELS, message = "must be one of " + UnitInput.LEVELS) String availableFrom,
        @Valid Position position,
        Boolean sensitive) {

    static final String STATUSES = "AVAILABLE|ASSIGNED|IN_TRANSIT|AT_HOSPITAL|OUT_OF_SERVICE|RESERVE";
    static final String CARE_LEVELS = "NONE|BASIC|ADVANCED|INTENSIVE|SPECIALIST";
    static final String CREW = "EMT|AMBULANCE_NURSE|NURSE|PHYSICIAN|ANAESTHESIA_NURSE|PSYCHIATRIC_NURSE|NEONATAL_TEAM"
            + "|PILOT|FIREFIGHTER|DRIVER|MILITARY_MEDIC";
    static final String LEVELS = "NORMAL|STAFF_MODE|REINFORCEMENT|DISASTER|HEIGHTENED_READINESS|HIGHEST_READINESS|WAR";

    /** Patient places by how patients travel; negative counts are refused field by field. */
    public record CapacityInput(
            @Min(value = 0, message = "must not be negative") @Max(value = 500, message = "must be at most 500") int lying,
            @Min(value = 0, message = "must not be negative") @Max(value = 500, message = "must be at most 500") int seated,
            @Min(value = 0, message = "must not be negative") @Max(value = 500, message = "must be at most 500") int wheelchair,
            @Min(value = 0, message = "must not be negative") @Max(value = 50, message = "must be at most 50") int incubator) {
    }
}
