package se.samverkan.hospitals.have;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import se.samverkan.hospitals.model.CareCategory;
import se.samverkan.hospitals.model.EmergencyDepartmentState;
import se.samverkan.hospitals.model.FacilityState;

/** Samverkan's words ↔ EDXL-HAVE 1.0 value lists, one table each way. */
final class HaveVocabulary {

    private static final Map<CareCategory, String> BED_TYPES = new EnumMap<>(CareCategory.class);

    static {
        // Major trauma needs an operating theatre before a bed: OperatingRooms is HAVE's closest count.
        BED_TYPES.put(CareCategory.MAJOR_TRAUMA, "OperatingRooms");
        BED_TYPES.put(CareCategory.BURNS, "Burn");
        BED_TYPES.put(CareCategory.ICU_ADULT, "AdultICU");
        BED_TYPES.put(CareCategory.ICU_PAEDIATRIC, "PediatricICU");
        BED_TYPES.put(CareCategory.ICU_NEONATAL, "NeonatalICU");
        BED_TYPES.put(CareCategory.PAEDIATRIC, "Pediatrics");
        // HAVE 1.0 has no neurosurgical bed type: a Samverkan extension value, declared in the shipped schema.
        BED_TYPES.put(CareCategory.NEUROSURGERY, "SE:Neurosurgery");
        BED_TYPES.put(CareCategory.GENERAL_WARD, "MedicalSurgical");
        BED_TYPES.put(CareCategory.PSYCHIATRIC, "AdultPsychiatric");
    }

    private HaveVocabulary() {
    }

    static String bedType(CareCategory category) {
        return BED_TYPES.get(category);
    }

    /** Empty for HAVE bed types Samverkan does not track (nursery, rehabilitation, isolation, ...). */
    static Optional<CareCategory> category(String bedType) {
        return BED_TYPES.entrySet().stream().filter(e -> e.getValue().equals(bedType)).map(Map.Entry::getKey).findFirst();
    }

    static String trafficStatus(EmergencyDepartmentState state) {
        return switch (state) {
            case NORMAL -> "Normal";
            case ADVISORY -> "Advisory";
            case CLOSED -> "Closed";
            case NOT_APPLICABLE -> "NotApplicable";
        };
    }

    static EmergencyDepartmentState emergencyDepartment(String trafficStatus) {
        return switch (trafficStatus) {
            case "Normal" -> EmergencyDepartmentState.NORMAL;
            case "Advisory" -> EmergencyDepartmentState.ADVISORY;
            case "Closed" -> EmergencyDepartmentState.CLOSED;
            case "NotApplicable" -> EmergencyDepartmentState.NOT_APPLICABLE;
            default -> throw new InvalidHaveDocument("unknown EMSTrafficStatus " + trafficStatus);
        };
    }

    static String facilityStatus(FacilityState state) {
        return switch (state) {
            case NORMAL -> "Normal";
            case COMPROMISED -> "Compromised";
            case EVACUATING -> "Evacuating";
            case CLOSED -> "Closed";
        };
    }

    static FacilityState facilityState(String status) {
        return switch (status) {
            case "Normal" -> FacilityState.NORMAL;
            case "Compromised" -> FacilityState.COMPROMISED;
            case "Evacuating" -> FacilityState.EVACUATING;
            case "Closed" -> FacilityState.CLOSED;
            default -> throw new InvalidHaveDocument("unknown FacilityStatus " + status);
        };
    }
}
