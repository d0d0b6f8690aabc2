package se.samverkan.planner.plan;

import se.samverkan.planner.Triage;

/** Minutes to definitive care (ready → handed over) of the served patients of one triage. */
public record TriageFigures(Triage triage, int served, int unserved, double meanMinutes, double p90Minutes,
                            double maxMinutes) {
}
