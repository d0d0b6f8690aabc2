/**
 * Entities and values of the planning capability: the {@link se.samverkan.planning.model.Incident} with its
 * {@link se.samverkan.planning.model.CasualtyCount}s, and the states of incidents and plans.
 */
package se.samverkan.planning.model;
