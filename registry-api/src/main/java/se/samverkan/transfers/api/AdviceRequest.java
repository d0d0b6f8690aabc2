package se.samverkan.transfers.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A transfer to advise on. Fields are read as text so that the service can name each bad one; see
 * docs/transfer-advisor.md.
 */
@Schema(description = "A secondary transfer to advise on")
public record AdviceRequest(
        @Schema(description = "origin: a hospital code of the reference list, or latitude,longitude (WGS 84)",
                example = "SE-25-KIRUNA", required = true) String from,
        @Schema(description = "destination, as from", example = "SE-24-UMEA", required = true) String to,
        @Schema(description = "SEATED_NO_CARE, SEATED_WITH_COMPANION, LYING_BASIC, LYING_ADVANCED, INTENSIVE_CARE or NEONATAL",
                example = "LYING_BASIC", required = true) String need,
        @Schema(description = "PRIO_1 (immediate), PRIO_2 (same day) or PRIO_3 (non-acute); 1, 2, 3 also accepted",
                example = "PRIO_3", required = true) String priority,
        @Schema(description = "when the patient is ready, Swedish local time", example = "2026-11-25T08:00", required = true)
        String earliest,
        @Schema(description = "arrival at the latest, Swedish local time; default by priority: prio 1 +3 h, "
                + "prio 2 midnight, prio 3 +48 h", example = "2026-11-26T20:00") String latest,
        @Schema(description = "county code whose cost model prices the options; default the origin hospital's region",
                example = "25") String region) {
}
