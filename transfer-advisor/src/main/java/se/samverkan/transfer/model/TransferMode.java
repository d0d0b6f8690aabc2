package se.samverkan.transfer.model;

import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.Urgency;

/**
 * The transport modes a region can choose from for a secondary transfer, from the lowest care level up,
 * with the Swedish name coordinators use and the travel-time mode that moves at the same speed.
 */
public enum TransferMode {
    OWN_TRANSPORT("own transport", "egen transport", TransportMode.TAXI, false),
    TAXI("taxi / patient travel", "sjukresa, taxi", TransportMode.TAXI, false),
    AMBULANCE_BUS("ambulance bus", "ambulansbuss", TransportMode.AMBULANCE_BUS, false),
    LIGHT_CARE_AMBULANCE("light-care ambulance", "lättvårdsambulans", TransportMode.ROAD_AMBULANCE, false),
    ROAD_AMBULANCE("road ambulance", "vägambulans", TransportMode.ROAD_AMBULANCE, true),
    HELICOPTER("ambulance helicopter", "ambulanshelikopter", TransportMode.HELICOPTER, true),
    FIXED_WING("fixed-wing air ambulance", "ambulansflyg", TransportMode.FIXED_WING, true),
    SPECIALIST_FLIGHT("specialist flight (LIV/NEO)", "specialistflyg", TransportMode.FIXED_WING, true);

    private final String englishName;
    private final String swedishName;
    private final TransportMode travelMode;
    private final boolean mayDriveUrgent;

    TransferMode(String englishName, String swedishName, TransportMode travelMode, boolean mayDriveUrgent) {
        this.englishName = englishName;
        this.swedishName = swedishName;
        this.travelMode = travelMode;
        this.mayDriveUrgent = mayDriveUrgent;
    }

    /** How the mode travels: the travel-time model knows speeds per {@link TransportMode}, not per care level. */
    public TransportMode travelMode() {
        return travelMode;
    }

    /** Only emergency vehicles and aircraft go with blue lights (utryckning); the rest keep to normal traffic. */
    public boolean mayDriveUrgent() {
        return mayDriveUrgent;
    }

    /** Blue lights only for emergency modes at prio 1. */
    public Urgency urgencyAt(Priority priority) {
        return mayDriveUrgent && priority == Priority.PRIO_1 ? Urgency.URGENT : Urgency.NON_URGENT;
    }

    public String swedishName() {
        return swedishName;
    }

    /** The name shown to coordinators: English with the Swedish term, e.g. "road ambulance (vägambulans)". */
    public String label() {
        return englishName + " (" + swedishName + ")";
    }

    public static TransferMode parse(String field, String value) {
        return Enums.parse(TransferMode.class, field, value);
    }
}
