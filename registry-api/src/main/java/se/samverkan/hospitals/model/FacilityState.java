package se.samverkan.hospitals.model;

/** The hospital as a building and organisation (EDXL-HAVE HospitalFacilityStatus). */
public enum FacilityState {
    NORMAL,
    /** Working with reduced function (power, water, staff, damage). */
    COMPROMISED,
    EVACUATING,
    CLOSED
}
