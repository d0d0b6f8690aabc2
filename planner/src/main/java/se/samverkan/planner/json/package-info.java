/**
 * The JSON format of scenarios and plans ({@code docs/planner-format.md}), read and written with JSON-P.
 * Reading reports every problem with the path of the field, as {@link se.samverkan.planner.InvalidPlanningInputException}.
 */
package se.samverkan.planner.json;
