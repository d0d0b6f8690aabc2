package se.samverkan.hospitals.model;

/** How much a hospital can do, after the regions' own naming. */
public enum HospitalLevel {
    /** University or regional hospital (universitets-/regionsjukhus): every speciality, national functions. */
    UNIVERSITY,
    /** County hospital (länssjukhus, centrallasarett). */
    COUNTY,
    /** Local hospital (länsdelssjukhus, lasarett). */
    LOCAL
}
