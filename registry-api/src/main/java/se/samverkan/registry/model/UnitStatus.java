package se.samverkan.registry.model;

/** A unit's operational status, as dispatch centres report it. Only AVAILABLE can be tasked now. */
public enum UnitStatus {
    AVAILABLE, ASSIGNED, IN_TRANSIT, AT_HOSPITAL, OUT_OF_SERVICE,
    /** Can be activated (staffed, taken out of storage) but is not in service now. */
    RESERVE
}
