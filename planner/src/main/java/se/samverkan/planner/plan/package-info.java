/**
 * The output of planning: a {@link se.samverkan.planner.plan.Plan} made of unit {@link se.samverkan.planner.plan.Trip}s
 * carrying {@link se.samverkan.planner.plan.PatientSlice}s, the patients it cannot move and why, and the figures
 * reported beside it (loads, times per triage, lower bound and gap, baselines). Plain immutable values.
 */
package se.samverkan.planner.plan;
