/**
 * The command line ({@code ./samverkan plan SCENARIO.json}): reads a scenario in the JSON format of
 * {@code docs/planner-format.md}, plans it, validates the plan and writes it as JSON; and the stand-in
 * travel-time model it uses until the GIS module's model is merged.
 */
package se.samverkan.planner.cli;
