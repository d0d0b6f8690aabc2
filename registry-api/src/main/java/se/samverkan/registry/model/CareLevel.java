package se.samverkan.registry.model;

/** The care a unit's crew and equipment can give on the way, lowest first. */
public enum CareLevel {
    NONE, BASIC, ADVANCED, INTENSIVE, SPECIALIST;

    public boolean atLeast(CareLevel other) {
        return compareTo(other) >= 0;
    }
}
