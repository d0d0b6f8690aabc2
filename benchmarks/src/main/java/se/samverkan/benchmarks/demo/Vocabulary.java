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

    /** Resource kinds (see DOMAIN.md). */
    public enum UnitKind {
        ROAD_AMBULANCE, INTENSIVE_CARE_AMBULANCE, TRANSPORT_AMBULANCE, LIGHT_CARE_AMBULANCE, PSYCHIATRIC_AMBULANCE,
        BARIATRIC_AMBULANCE, PHYSICIAN_CAR, ASSESSMENT_CAR, AMBULANCE_BUS, AMBULANCE_HELICOPTER, FIXED_WING,
        SPECIALIST_FLIGHT, PATIENT_TRAVEL_TAXI, PATIENT_TRAVEL_BUS, RESCUE_SERVICE, MILITARY_VEHICLE,
        MILITARY_HELICOPTER, MILITARY_AIRCRAFT, MOBILE_CARE_TEAM;

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
