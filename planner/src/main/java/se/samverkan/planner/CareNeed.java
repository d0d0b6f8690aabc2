package se.samverkan.planner;

/** The kind of care that decides which hospitals can receive a patient. */
public enum CareNeed {
    TRAUMA,
    BURNS,
    INTENSIVE_CARE,
    PAEDIATRIC,
    NEUROSURGERY,
    GENERAL
}
