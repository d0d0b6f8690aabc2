package se.samverkan.planner.explain;

import se.samverkan.gis.travel.TransportMode;

/**
 * A unit that could have carried the patients of an assignment.
 *
 * @param unitId              the unit
 * @param mode                its transport mode
 * @param chosen              true for the unit the plan chose
 * @param atSourceMinutes     the earliest it could stand at the pickup place, had it driven there straight from
 *                            its position when it became available (minutes after the plan's start); its other
 *                            trips in the plan are not counted here
 * @param arrivalMinutes      the earliest it could then hand the patients over at the chosen hospital (its own
 *                            mode's ride; not before the patients are ready); null when its mode cannot get there
 * @param whyNot              for an alternative: why the plan did not use it for these patients; for the chosen
 *                            unit: what it does
 */
public record UnitAlternative(String unitId, TransportMode mode, boolean chosen, double atSourceMinutes,
                              Double arrivalMinutes, String whyNot) {
}
