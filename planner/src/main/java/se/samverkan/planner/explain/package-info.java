/**
 * Why a plan is as it is: for every assignment the alternatives a coordinator would ask about — other
 * hospitals with beds of the patients' care category, other units that could have carried them — with their
 * times and, for each, the reason it was not chosen ({@link se.samverkan.planner.explain.PlanExplainer}).
 * Computed after planning from the problem, the plan and the travel-time model alone, so it explains any
 * plan (also one read back from storage) without knowing the optimiser's internals.
 */
package se.samverkan.planner.explain;
