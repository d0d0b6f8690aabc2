package se.samverkan.planner.explain;

/**
 * A hospital that could have received the patients of an assignment, as seen from the assignment's pickup.
 *
 * @param hospitalId          the hospital
 * @param chosen              true for the hospital the plan chose
 * @param rideMinutes         pickup → handover by the chosen unit's mode; null when that mode cannot get there
 * @param arrivalMinutes      handover (minutes after the plan's start) had the same unit, picking up at the same
 *                            time, gone there; null when unreachable
 * @param costPerPatient      weighted minutes one patient would add to the objective there (weight × minutes to
 *                            definitive care + region penalty + surge penalty when only surge beds are left);
 *                            null when unreachable
 * @param bedsLeft            beds of the category (available + the surge the policy allows) the plan leaves free
 * @param whyNot              for an alternative: why the plan did not send the patients there; for the chosen
 *                            hospital: why it was chosen
 */
public record HospitalAlternative(String hospitalId, boolean chosen, Double rideMinutes, Double arrivalMinutes,
                                  Double costPerPatient, int bedsLeft, String whyNot) {
}
