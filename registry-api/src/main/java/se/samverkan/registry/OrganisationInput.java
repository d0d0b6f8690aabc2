package se.samverkan.registry;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.registry.model.RegionCode;

/** An organisation as a region or the national cell states it. */
public final class OrganisationInput {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}", message = "must be 2-40 capital letters, digits, _ or -")
    public final String code;

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    public final String name;

    @NotBlank(message = "is required")
    @Pattern(regexp = "REGION|MUNICIPAL|PRIVATE|MILITARY|VOLUNTEER|STATE", message = "must be one of REGION, MUNICIPAL, PRIVATE, MILITARY, VOLUNTEER, STATE")
    public final String sector;

    @Pattern(regexp = RegionCode.PATTERN, message = "must be a two-digit county code such as 23")
    public final String region;

    public final Boolean sensitive;

    // A class, not a record: Payara's OpenAPI generator fails on Bean Validation annotations that a
    // record copies onto its constructor parameters (/openapi answered 500).
    @JsonbCreator
    public OrganisationInput(@JsonbProperty("code") String code, @JsonbProperty("name") String name, @JsonbProperty("sector") String sector, @JsonbProperty("region") String region, @JsonbProperty("sensitive") Boolean sensitive) {
        this.code = code;
        this.name = name;
        this.sector = sector;
        this.region = region;
        this.sensitive = sensitive;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String sector() {
        return sector;
    }

    public String region() {
        return region;
    }

    public Boolean sensitive() {
        return sensitive;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationInput other
                && java.util.Objects.equals(code, other.code)
                && java.util.Objects.equals(name, other.name)
                && java.util.Objects.equals(sector, other.sector)
                && java.util.Objects.equals(region, other.region)
                && java.util.Objects.equals(sensitive, other.sensitive);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(code, name, sector, region, sensitive);
    }

    @Override
    public String toString() {
        return "OrganisationInput[" + "code=" + code + ", " + "name=" + name + ", " + "sector=" + sector + ", " + "region=" + region + ", " + "sensitive=" + sensitive + "]";
    }
}
