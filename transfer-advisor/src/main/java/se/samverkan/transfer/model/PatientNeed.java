package se.samverkan.transfer.model;

/**
 * What the patient needs on the way, which decides which transport modes are medically adequate. Which
 * mode serves which need is part of a region's cost model (see {@code cost-model-defaults.json}).
 */
public enum PatientNeed {
    /** Can travel seated without any care on the way. */
    SEATED_NO_CARE,
    /** Seated, needs a companion (escort, help in and out) but no care on the way. */
    SEATED_WITH_COMPANION,
    /** Lying, needs basic care (observation, simple help) on the way. */
    LYING_BASIC,
    /** Lying, needs advanced care (ambulance nurse: drugs, monitoring) on the way. */
    LYING_ADVANCED,
    /** Needs intensive care on the way (ventilator, physician or ICU nurse). */
    INTENSIVE_CARE,
    /** A newborn in an incubator with a neonatal team. */
    NEONATAL;

    /** In words, for the reasons the advisor gives. */
    public String description() {
        return switch (this) {
            case SEATED_NO_CARE -> "a seated patient without care need";
            case SEATED_WITH_COMPANION -> "a seated patient with a companion";
            case LYING_BASIC -> "a lying patient with basic care";
            case LYING_ADVANCED -> "a lying patient with advanced care";
            case INTENSIVE_CARE -> "an intensive-care patient";
            case NEONATAL -> "a newborn in an incubator";
        };
    }

    public static PatientNeed parse(String field, String value) {
        return Enums.parse(PatientNeed.class, field, value);
    }
}
