package se.samverkan.hospitals.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The care a hospital reports beds for; decides where a patient can go. The planner's coarser
 * {@code CareNeed} maps onto these: TRAUMA → MAJOR_TRAUMA, INTENSIVE_CARE → ICU_*, GENERAL → GENERAL_WARD.
 */
public enum CareCategory {
    MAJOR_TRAUMA,
    BURNS,
    ICU_ADULT,
    ICU_PAEDIATRIC,
    ICU_NEONATAL,
    PAEDIATRIC,
    NEUROSURGERY,
    GENERAL_WARD,
    PSYCHIATRIC;

    public static Optional<CareCategory> parse(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }

    public static String allNames() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
