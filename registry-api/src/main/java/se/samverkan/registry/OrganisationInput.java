package se.samverkan.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation as a region or the national cell states it. */
public record OrganisationInput(
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}", message = "must be 2-40 capital letters, digits, _ or -")
        String code,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotBlank(message = "is required")
        @Pattern(regexp = "REGION|MUNICIPAL|PRIVATE|MILITARY|VOLUNTEER|STATE",
                message = "must be one of REGION, MUNICIPAL, PRIVATE, MILITARY, VOLUNTEER, STATE") String sector,
        @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code such as 23") String region,
        Boolean sensitive) {
}
