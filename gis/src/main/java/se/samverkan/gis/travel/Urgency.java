package se.samverkan.gis.travel;

/** Whether a road vehicle drives with blue lights and sirens (utryckning) or in normal traffic. */
public enum Urgency {
    URGENT,
    NON_URGENT
}
