package se.samverkan.registry;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.registry.model.RegionCode;

/** A base or station as a region states it. */
public final class BaseInput {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,59}", message = "must be 2-60 capital letters, digits, _ or -")
    public final String code;

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    public final String name;

    @NotBlank(message = "is required")
    @Pattern(regexp = "AMBULANCE_STATION|AIR_BASE|HOSPITAL|DEPOT|RESCUE_STATION|MILITARY_BASE|OTHER", message = "must be one of AMBULANCE_STATION, AIR_BASE, HOSPITAL, DEPOT, RESCUE_STATION, MILITARY_BASE, OTHER")
    public final String kind;

    @NotBlank(message = "is required")
    @Pattern(regexp = RegionCode.PATTERN, message = "must be a two-digit county code such as 23")
    public final String region;

    @NotBlank(message = "is required")
    public final String organisation;

    @Size(max = 300, message = "must be at most 300 characters")
    public final String address;

    @NotNull(message = "is required")
    @Valid
    public final Position position;

    public final Boolean sensitive;

    // A class, not a record: Payara's OpenAPI generator fails on Bean Validation annotations that a
    // record copies onto its constructor parameters (/openapi answered 500).
    @JsonbCreator
    public BaseInput(@JsonbProperty("code") String code, @JsonbProperty("name") String name, @JsonbProperty("kind") String kind, @JsonbProperty("region") String region, @JsonbProperty("organisation") String organisation, @JsonbProperty("address") String address, @JsonbProperty("position") Position position, @JsonbProperty("sensitive") Boolean sensitive) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.region = region;
        this.organisation = organisation;
        this.address = address;
        this.position = position;
        this.sensitive = sensitive;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public String region() {
        return region;
    }

    public String organisation() {
        return organisation;
    }

    public String address() {
        return address;
    }

    public Position position() {
        return position;
    }

    public Boolean sensitive() {
        return sensitive;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BaseInput other
                && java.util.Objects.equals(code, other.code)
                && java.util.Objects.equals(name, other.name)
                && java.util.Objects.equals(kind, other.kind)
                && java.util.Objects.equals(region, other.region)
                && java.util.Objects.equals(organisation, other.organisation)
                && java.util.Objects.equals(address, other.address)
                && java.util.Objects.equals(position, other.position)
                && java.util.Objects.equals(sensitive, other.sensitive);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(code, name, kind, region, organisation, address, position, sensitive);
    }

    @Override
    public String toString() {
        return "BaseInput[" + "code=" + code + ", " + "name=" + name + ", " + "kind=" + kind + ", " + "region=" + region + ", " + "organisation=" + organisation + ", " + "address=" + address + ", " + "position=" + position + ", " + "sensitive=" + sensitive + "]";
    }
}
