package se.samverkan.planner.plan;

/**
 * A value no plan of the problem can beat, from a relaxation (see {@code docs/planner-format.md}),
 * and what the relaxation leaves out, in words.
 */
public record LowerBound(double value, String method, String covers) {
}
