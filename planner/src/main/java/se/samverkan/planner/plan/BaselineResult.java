package se.samverkan.planner.plan;

/**
 * A simple dispatch rule planned on the same problem, for comparison: its figures, and by how much the
 * optimised plan improves on it ({@code improvement} = 1 − plan objective / baseline objective).
 */
public record BaselineResult(String name, String description, PlanFigures figures, double improvement) {
}
