package se.samverkan.registry.model;

/** Which part of society owns a resource; decides who may task it and, for the military, who may see it. */
public enum Sector {
    REGION, MUNICIPAL, PRIVATE, MILITARY, VOLUNTEER, STATE;

    /** Military records are sensitive whatever their owner marks them as. */
    public boolean alwaysSensitive() {
        return this == MILITARY;
    }
}
