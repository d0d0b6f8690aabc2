package se.samverkan.hospitals.model;

/** Whether ambulances may bring patients to the emergency department (EDXL-HAVE EMSTrafficStatus). */
public enum EmergencyDepartmentState {
    NORMAL,
    /** Open, but ambulances should go elsewhere if they can. */
    ADVISORY,
    CLOSED,
    /** The facility has no emergency department. */
    NOT_APPLICABLE
}
