package se.samverkan.planning.model;

/** An incident is planned for while open; a closed one keeps its record and history but is no longer planned. */
public enum IncidentStatus {
    OPEN, CLOSED
}
