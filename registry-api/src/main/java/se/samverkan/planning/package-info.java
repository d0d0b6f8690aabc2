/**
 * Mass-casualty planning on the live registry (issue 7, part 2): incidents with their casualties
 * ({@link se.samverkan.planning.IncidentService}), plans built from the units available now, the hospitals'
 * latest capacity and the travel-time model, run in the background and stored
 * ({@link se.samverkan.planning.PlanningService}, {@link se.samverkan.planning.PlanRunner}), explained per
 * assignment, accepted under row locks so two coordinators never commit the same unit, and re-planned after
 * events. The optimiser is the {@code planner} module; this package turns registry records into its input
 * ({@link se.samverkan.planning.PlanningInputs}) and its output into what a coordinator reads. See
 * docs/planning-api.md.
 */
package se.samverkan.planning;
