/**
 * The command line ({@code ./samverkan plan SCENARIO.json}): reads a scenario in the JSON format of
 * {@code docs/planner-format.md}, plans it with the GIS module's built-in travel-time estimates, validates the
 * plan and writes it as JSON.
 */
package se.samverkan.planner.cli;
