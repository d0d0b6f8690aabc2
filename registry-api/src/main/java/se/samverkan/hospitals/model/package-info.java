/**
 * Hospitals and capacity in the domain's words: {@link se.samverkan.hospitals.model.Hospital} and
 * {@link se.samverkan.hospitals.model.CapacityReport} entities, the care categories, emergency-department and
 * facility states of EDXL-HAVE, and value objects validated on construction.
 */
package se.samverkan.hospitals.model;
