package se.samverkan.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A base or station as a region states it. */
public record BaseInput(
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,59}", message = "must be 2-60 capital letters, digits, _ or -")
        String code,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotBlank(message = "is required")
        @Pattern(regexp = "AMBULANCE_STATION|AIR_BASE|HOSPITAL|DEPOT|RESCUE_STATION|MILITARY_BASE|OTHER",
                message = "must be one of AMBULANCE_STATION, AIR_BASE, HOSPITAL, DEPOT, RESCUE_STATION, MILITARY_BASE, OTHER")
        String kind,
        @NotBlank(message = "is required") @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code such as 23")
        String region,
        @NotBlank(message = "is required") String organisation,
        @Size(max = 300, message = "must be at most 300 characters") String address,
        @NotNull(message = "is required") @Valid Position position,
        Boolean sensitive) {
}
