package se.samverkan.gis.travel;

/**
 * How a patient travels, as far as travel time is concerned. Care level and cost are not a property of the
 * mode here: a road ambulance and an intensive-care ambulance drive at the same speed.
 */
public enum TransportMode {
    /** Road ambulances of every kind (vägambulans, IVA-ambulans, transportambulans, lättvård). */
    ROAD_AMBULANCE,
    /** Ambulance helicopter (ambulanshelikopter): dispatch delay, cruise, landing and handover. */
    HELICOPTER,
    /** Fixed-wing air ambulance (ambulansflyg): road legs to and from airports, flight, turnaround. */
    FIXED_WING,
    /** Ambulance bus (ambulansbuss): road, slower than an ambulance, never urgent driving. */
    AMBULANCE_BUS,
    /** Taxi or special vehicle for patient travel (sjukresa): road, normal traffic rules. */
    TAXI
}
