package se.samverkan.registry.model;

/** Competences a crew may hold; a unit lists those it is always staffed with. */
public enum CrewCompetence {
    EMT, AMBULANCE_NURSE, NURSE, PHYSICIAN, ANAESTHESIA_NURSE, PSYCHIATRIC_NURSE, NEONATAL_TEAM, PILOT,
    FIREFIGHTER, DRIVER, MILITARY_MEDIC
}
