package se.samverkan.registry.model;

/** What a base or station is. */
public enum BaseKind {
    AMBULANCE_STATION, AIR_BASE, HOSPITAL, DEPOT, RESCUE_STATION, MILITARY_BASE, OTHER
}
