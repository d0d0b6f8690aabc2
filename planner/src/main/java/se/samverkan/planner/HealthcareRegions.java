package se.samverkan.planner;

import java.util.Map;

/**
 * The six healthcare regions (sjukvårdsregioner) and the counties (official two-digit codes) in each.
 * Halland (13) is split between Södra and Västra; it is counted with Södra here, as Region Halland is a
 * member of Södra sjukvårdsregionen (northern Halland's referrals to Västra are not modelled).
 */
public final class HealthcareRegions {

    private static final Map<String, String> BY_COUNTY = Map.ofEntries(
            Map.entry("25", "Norra"), Map.entry("24", "Norra"), Map.entry("22", "Norra"), Map.entry("23", "Norra"),
            Map.entry("03", "Uppsala-Örebro"), Map.entry("04", "Uppsala-Örebro"), Map.entry("17", "Uppsala-Örebro"),
            Map.entry("18", "Uppsala-Örebro"), Map.entry("19", "Uppsala-Örebro"), Map.entry("20", "Uppsala-Örebro"),
            Map.entry("21", "Uppsala-Örebro"),
            Map.entry("01", "Stockholm-Gotland"), Map.entry("09", "Stockholm-Gotland"),
            Map.entry("05", "Sydöstra"), Map.entry("06", "Sydöstra"), Map.entry("08", "Sydöstra"),
            Map.entry("07", "Södra"), Map.entry("10", "Södra"), Map.entry("12", "Södra"), Map.entry("13", "Södra"),
            Map.entry("14", "Västra"));

    private HealthcareRegions() {
    }

    public static boolean isCounty(String code) {
        return code != null && BY_COUNTY.containsKey(code);
    }

    /** The healthcare region of a county code. */
    public static String of(String countyCode) {
        String region = BY_COUNTY.get(countyCode);
        if (region == null) {
            throw new InvalidPlanningInputException("region", "not a Swedish county code: " + countyCode);
        }
        return region;
    }
}
