package se.samverkan.planner;

/**
 * Beds of one care category at a hospital: {@code available} now, and {@code surge} that can be opened at
 * a cost (EDXL-HAVE's surge within 24 h). Counts of patients.
 */
public record BedCapacity(int available, int surge) {

    public BedCapacity {
        InvalidPlanningInputException.require(available >= 0 && available <= PlanningProblem.MAX_COUNT,
                "available", "must be between 0 and " + PlanningProblem.MAX_COUNT + ", was " + available);
        InvalidPlanningInputException.require(surge >= 0 && surge <= PlanningProblem.MAX_COUNT,
                "surge", "must be between 0 and " + PlanningProblem.MAX_COUNT + ", was " + surge);
    }
}
