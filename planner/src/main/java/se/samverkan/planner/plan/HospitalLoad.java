package se.samverkan.planner.plan;

import se.samverkan.planner.CareNeed;

/** Patients a plan sends to one hospital in one care category, against its beds. */
public record HospitalLoad(String hospitalId, CareNeed category, int patients, int available, int surgeOpened) {
}
