/**
 * The optimisation: {@link se.samverkan.planner.solve.Planner} (assignment by min-cost flow, trip building,
 * local improvement, lower bound by linear relaxation, baselines, re-planning after
 * {@link se.samverkan.planner.solve.PlanEvent}s) and the run's options, progress and cancellation.
 */
package se.samverkan.planner.solve;
