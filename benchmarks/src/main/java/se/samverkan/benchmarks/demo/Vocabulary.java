package se.samverkan.benchmarks.demo;

/**
 * The registry's vocabularies as the import contract of issue 3 spells them. Kept here rather than taken
 * from registry-api so that the generator and the benchmarks run without the application on the classpath;
 * {@link UnitRowValidator} checks generated rows against them.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** Who owns an organisation's resources. */
    public enum Sector { REGION, MUNICIPAL, PRIVATE, MILITARY, VOLUNTEER, STATE }

    /** What a base is. */
    public enum BaseKind { AMBULANCE_STATION, AIR_BASE, HOSPITAL, DEPOT, RESCUE_STATION, MILITARY_BASE, OTHER }

    /**
     * Resource kinds (see DOMAIN.md) with their typed tiers (1 = most capable); a kind without tiers takes an
     * empty tier. The tiers follow the registry's vocabulary migration
     * ({@code migrations/.../R__capability_vocabulary.sql}); the import refuses a tier the kind does not have.
     */
    public enum UnitKind {
        ROAD_AMBULANCE(3), INTENSIVE_CARE_AMBULANCE(2), TRANSPORT_AMBULANCE(0), LIGHT_CARE_AMBULANCE(0),
        PSYCHIATRIC_AMBULANCE(0), BARIATRIC_AMBULANCE(0), PHYSICIAN_CAR(0), ASSESSMENT_CAR(0), AMBULANCE_BUS(2),
        AMBULANCE_HELICOPTER(3), FIXED_WING(2), SPECIALIST_FLIGHT(1), PATIENT_TRAVEL_TAXI(3), PATIENT_TRAVEL_BUS(0),
        RESCUE_SERVICE(0), MILITARY_VEHICLE(2), MILITARY_HELICOPTER(1), MILITARY_AIRCRAFT(1), MOBILE_CARE_TEAM(0);

        private final int tiers;

        UnitKind(int tiers) {
            this.tiers = tiers;
        }

        /** Whether {@code tier} (null for none) is allowed for this kind. */
        public boolean allowsTier(Integer tier) {
            return tier == null || tier >= 1 && tier <= tiers;
        }

        public boolean military() {
            return this == MILITARY_VEHICLE || this == MILITARY_HELICOPTER || this == MILITARY_AIRCRAFT;
        }
    }

    public enum UnitStatus { AVAILABLE, ASSIGNED, IN_TRANSIT, AT_HOSPITAL, OUT_OF_SERVICE, RESERVE }

    public enum CareLevel { NONE, BASIC, ADVANCED, INTENSIVE, SPECIALIST }

    public enum CrewRole {
        EMT, AMBULANCE_NURSE, NURSE, PHYSICIAN, ANAESTHESIA_NURSE, PSYCHIATRIC_NURSE, NEONATAL_TEAM, PILOT,
        FIREFIGHTER, DRIVER, MILITARY_MEDIC
    }

    /** Capability tags; the wire form is lower case with hyphens ({@link #tag()}). */
    public enum Capability {
        VENTILATOR, INCUBATOR, BARIATRIC, ISOLATION, CBRN, OFF_ROAD, WINTER, WHEELCHAIR_LIFT, DEFIBRILLATOR, PAEDIATRIC;

        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Capability ofTag(String tag) {
            for (Capability c : values()) {
                if (c.tag().equals(tag)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown capability tag: " + tag);
        }
    }

    /** Readiness levels, lowest first: a unit available from a level counts at that level and every higher one. */
    public enum ReadinessLevel {
        NORMAL, STAFF_MODE, REINFORCEMENT, DISASTER, HEIGHTENED_READINESS, HIGHEST_READINESS, WAR
    }
}
