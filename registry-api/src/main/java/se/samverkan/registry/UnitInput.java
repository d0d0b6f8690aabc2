package se.samverkan.registry;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.samverkan.registry.model.RegionCode;

/**
 * A unit as a region states it, on the wire (JSON body) or as one CSV/GeoJSON import row. Bean Validation
 * checks its form; {@link UnitRegistry} then checks it against the vocabulary and the records it names.
 * Enumerations are strings here so that a wrong value is reported against its field, not as unreadable JSON.
 */
public final class UnitInput {

    @NotBlank(message = "is required")
    @Size(max = 40, message = "must be at most 40 characters")
    @Pattern(regexp = "[\\p{L}\\p{N} ._/-]+", message = "may hold letters, digits, space and . _ / - only")
    public final String callSign;

    @Size(max = 20, message = "must be at most 20 characters")
    public final String registration;

    @NotBlank(message = "is required")
    @Pattern(regexp = "[A-Z][A-Z_]*", message = "must be a resource kind code such as ROAD_AMBULANCE")
    public final String kind;

    @Min(value = 1, message = "must be between 1 and 4")
    @Max(value = 4, message = "must be between 1 and 4")
    public final Integer tier;

    @NotBlank(message = "is required")
    public final String organisation;

    @NotBlank(message = "is required")
    @Pattern(regexp = RegionCode.PATTERN, message = "must be a two-digit county code such as 23")
    public final String homeRegion;

    public final String base;

    @NotBlank(message = "is required")
    @Pattern(regexp = UnitInput.STATUSES, message = "must be one of " + UnitInput.STATUSES)
    public final String status;

    @NotBlank(message = "is required")
    @Pattern(regexp = UnitInput.CARE_LEVELS, message = "must be one of " + UnitInput.CARE_LEVELS)
    public final String careLevel;

    @NotNull(message = "is required")
    @Valid
    public final CapacityInput capacity;

    public final List<@Pattern(regexp = UnitInput.CREW, message = "must be one of " + UnitInput.CREW) String> crew;

    public final List<@Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be a capability tag such as ventilator") String> capabilities;

    @Size(max = 200, message = "must be at most 200 characters")
    public final String operatingHours;

    @Size(max = 200, message = "must be at most 200 characters")
    public final String dispatchBy;

    @Pattern(regexp = UnitInput.LEVELS, message = "must be one of " + UnitInput.LEVELS)
    public final String availableFrom;

    @Valid
    public final Position position;

    public final Boolean sensitive;

    // A class, not a record: Payara's OpenAPI generator fails on Bean Validation annotations that a
    // record copies onto its constructor parameters (/openapi answered 500).
    @JsonbCreator
    public UnitInput(@JsonbProperty("callSign") String callSign, @JsonbProperty("registration") String registration, @JsonbProperty("kind") String kind, @JsonbProperty("tier") Integer tier, @JsonbProperty("organisation") String organisation, @JsonbProperty("homeRegion") String homeRegion, @JsonbProperty("base") String base, @JsonbProperty("status") String status, @JsonbProperty("careLevel") String careLevel, @JsonbProperty("capacity") CapacityInput capacity, @JsonbProperty("crew") List<String> crew, @JsonbProperty("capabilities") List<String> capabilities, @JsonbProperty("operatingHours") String operatingHours, @JsonbProperty("dispatchBy") String dispatchBy, @JsonbProperty("availableFrom") String availableFrom, @JsonbProperty("position") Position position, @JsonbProperty("sensitive") Boolean sensitive) {
        this.callSign = callSign;
        this.registration = registration;
        this.kind = kind;
        this.tier = tier;
        this.organisation = organisation;
        this.homeRegion = homeRegion;
        this.base = base;
        this.status = status;
        this.careLevel = careLevel;
        this.capacity = capacity;
        this.crew = crew;
        this.capabilities = capabilities;
        this.operatingHours = operatingHours;
        this.dispatchBy = dispatchBy;
        this.availableFrom = availableFrom;
        this.position = position;
        this.sensitive = sensitive;
    }

    public String callSign() {
        return callSign;
    }

    public String registration() {
        return registration;
    }

    public String kind() {
        return kind;
    }

    public Integer tier() {
        return tier;
    }

    public String organisation() {
        return organisation;
    }

    public String homeRegion() {
        return homeRegion;
    }

    public String base() {
        return base;
    }

    public String status() {
        return status;
    }

    public String careLevel() {
        return careLevel;
    }

    public CapacityInput capacity() {
        return capacity;
    }

    public List<String> crew() {
        return crew;
    }

    public List<String> capabilities() {
        return capabilities;
    }

    public String operatingHours() {
        return operatingHours;
    }

    public String dispatchBy() {
        return dispatchBy;
    }

    public String availableFrom() {
        return availableFrom;
    }

    public Position position() {
        return position;
    }

    public Boolean sensitive() {
        return sensitive;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitInput other
                && java.util.Objects.equals(callSign, other.callSign)
                && java.util.Objects.equals(registration, other.registration)
                && java.util.Objects.equals(kind, other.kind)
                && java.util.Objects.equals(tier, other.tier)
                && java.util.Objects.equals(organisation, other.organisation)
                && java.util.Objects.equals(homeRegion, other.homeRegion)
                && java.util.Objects.equals(base, other.base)
                && java.util.Objects.equals(status, other.status)
                && java.util.Objects.equals(careLevel, other.careLevel)
                && java.util.Objects.equals(capacity, other.capacity)
                && java.util.Objects.equals(crew, other.crew)
                && java.util.Objects.equals(capabilities, other.capabilities)
                && java.util.Objects.equals(operatingHours, other.operatingHours)
                && java.util.Objects.equals(dispatchBy, other.dispatchBy)
                && java.util.Objects.equals(availableFrom, other.availableFrom)
                && java.util.Objects.equals(position, other.position)
                && java.util.Objects.equals(sensitive, other.sensitive);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(callSign, registration, kind, tier, organisation, homeRegion, base, status, careLevel, capacity, crew, capabilities, operatingHours, dispatchBy, availableFrom, position, sensitive);
    }

    @Override
    public String toString() {
        return "UnitInput[" + "callSign=" + callSign + ", " + "registration=" + registration + ", " + "kind=" + kind + ", " + "tier=" + tier + ", " + "organisation=" + organisation + ", " + "homeRegion=" + homeRegion + ", " + "base=" + base + ", " + "status=" + status + ", " + "careLevel=" + careLevel + ", " + "capacity=" + capacity + ", " + "crew=" + crew + ", " + "capabilities=" + capabilities + ", " + "operatingHours=" + operatingHours + ", " + "dispatchBy=" + dispatchBy + ", " + "availableFrom=" + availableFrom + ", " + "position=" + position + ", " + "sensitive=" + sensitive + "]";
    }


    static final String STATUSES = "AVAILABLE|ASSIGNED|IN_TRANSIT|AT_HOSPITAL|OUT_OF_SERVICE|RESERVE";
    static final String CARE_LEVELS = "NONE|BASIC|ADVANCED|INTENSIVE|SPECIALIST";
    static final String CREW = "EMT|AMBULANCE_NURSE|NURSE|PHYSICIAN|ANAESTHESIA_NURSE|PSYCHIATRIC_NURSE|NEONATAL_TEAM"
            + "|PILOT|FIREFIGHTER|DRIVER|MILITARY_MEDIC";
    static final String LEVELS = "NORMAL|STAFF_MODE|REINFORCEMENT|DISASTER|HEIGHTENED_READINESS|HIGHEST_READINESS|WAR";

    /** Patient places by how patients travel; negative counts are refused field by field. */
    public static final class CapacityInput {

        @Min(value = 0, message = "must not be negative")
        @Max(value = 500, message = "must be at most 500")
        public final int lying;

        @Min(value = 0, message = "must not be negative")
        @Max(value = 500, message = "must be at most 500")
        public final int seated;

        @Min(value = 0, message = "must not be negative")
        @Max(value = 500, message = "must be at most 500")
        public final int wheelchair;

        @Min(value = 0, message = "must not be negative")
        @Max(value = 50, message = "must be at most 50")
        public final int incubator;

        // A class, not a record: Payara's OpenAPI generator fails on Bean Validation annotations that a
        // record copies onto its constructor parameters (/openapi answered 500).
        @JsonbCreator
        public CapacityInput(@JsonbProperty("lying") int lying, @JsonbProperty("seated") int seated, @JsonbProperty("wheelchair") int wheelchair, @JsonbProperty("incubator") int incubator) {
            this.lying = lying;
            this.seated = seated;
            this.wheelchair = wheelchair;
            this.incubator = incubator;
        }

        public int lying() {
            return lying;
        }

        public int seated() {
            return seated;
        }

        public int wheelchair() {
            return wheelchair;
        }

        public int incubator() {
            return incubator;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CapacityInput other
                    && java.util.Objects.equals(lying, other.lying)
                    && java.util.Objects.equals(seated, other.seated)
                    && java.util.Objects.equals(wheelchair, other.wheelchair)
                    && java.util.Objects.equals(incubator, other.incubator);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(lying, seated, wheelchair, incubator);
        }

        @Override
        public String toString() {
            return "CapacityInput[" + "lying=" + lying + ", " + "seated=" + seated + ", " + "wheelchair=" + wheelchair + ", " + "incubator=" + incubator + "]";
        }
    }
}
