/**
 * The input model of a mass-casualty event: {@link se.samverkan.planner.CasualtyGroup}s at sources,
 * {@link se.samverkan.planner.Hospital}s with {@link se.samverkan.planner.BedCapacity} per care category,
 * {@link se.samverkan.planner.TransportUnit}s, the {@link se.samverkan.planner.Policy} and the
 * {@link se.samverkan.planner.PlanningProblem} that holds them; invalid input is an
 * {@link se.samverkan.planner.InvalidPlanningInputException} naming each field. The optimiser lives in
 * {@code solve}, plans in {@code plan}, the validator in {@code validation}, the file format in {@code json},
 * the command line in {@code cli}. Plain Java values in and out; no container, no database.
 */
package se.samverkan.planner;
