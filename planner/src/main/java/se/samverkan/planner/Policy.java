package se.samverkan.planner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the coordination cell wants from a plan. The objective, in weighted minutes, is
 * <pre>
 *   Σ over served patients  weight(triage) × minutes to definitive care (ready → handed over at the hospital)
 *                          + outsideRegionPenalty       when the hospital is in another county of the same healthcare region
 *                          + outsideHealthcareRegionPenalty  when it is in another healthcare region
 *                          + surgePenalty               when the patient takes a surge bed
 * + Σ over unserved patients weight(triage) × unservedMinutes
 * </pre>
 *
 * @param weights                        weight per triage; P1 ≥ P2 ≥ P3 &gt; 0
 * @param maxTransportMinutes            longest sensible ride (pickup → hospital) per triage
 * @param minimumCareLevel               least crew care level per triage
 * @param outsideRegionPenalty           weighted minutes per patient treated outside the own county
 * @param outsideHealthcareRegionPenalty weighted minutes per patient treated outside the own healthcare
 *                                       region (national); at least {@code outsideRegionPenalty}
 * @param surgeAllowance                 share (0–1) of each hospital's surge beds that may be opened
 * @param surgePenalty                   weighted minutes per patient in a surge bed
 * @param unservedMinutes                minutes charged (times the weight) for a patient the plan cannot move;
 *                                       larger than every maximum transport time
 * @param p1First                        P1 before everything else (default): the planner first makes the P1 part of
 *                                       the objective (P1 patients' weighted minutes, penalties and unserved P1) as
 *                                       small as it can, and only then the whole objective; false: the weighted
 *                                       objective alone, where a P1 patient may ride farther to spare beds for P2
 */
public record Policy(Map<Triage, Double> weights, Map<Triage, Double> maxTransportMinutes,
                     Map<Triage, CareLevel> minimumCareLevel, double outsideRegionPenalty,
                     double outsideHealthcareRegionPenalty, double surgeAllowance, double surgePenalty,
                     double unservedMinutes, boolean p1First) {

    /** A policy with {@code p1First} true (the default). */
    public Policy(Map<Triage, Double> weights, Map<Triage, Double> maxTransportMinutes,
                  Map<Triage, CareLevel> minimumCareLevel, double outsideRegionPenalty,
                  double outsideHealthcareRegionPenalty, double surgeAllowance, double surgePenalty,
                  double unservedMinutes) {
        this(weights, maxTransportMinutes, minimumCareLevel, outsideRegionPenalty, outsideHealthcareRegionPenalty,
                surgeAllowance, surgePenalty, unservedMinutes, true);
    }

    public Policy {
        List<InvalidPlanningInputException.FieldError> errors = new ArrayList<>();
        weights = complete(weights, "weights", errors);
        maxTransportMinutes = complete(maxTransportMinutes, "maxTransportMinutes", errors);
        if (minimumCareLevel == null || !minimumCareLevel.keySet().containsAll(List.of(Triage.values()))
                || minimumCareLevel.values().stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new InvalidPlanningInputException.FieldError("minimumCareLevel", "needs a care level for P1, P2 and P3"));
        } else {
            minimumCareLevel = Map.copyOf(new EnumMap<>(minimumCareLevel));
        }
        if (errors.isEmpty()) {
            for (Triage t : Triage.values()) {
                if (!(weights.get(t) > 0) || weights.get(t) > 1e6) {
                    errors.add(new InvalidPlanningInputException.FieldError("weights." + t, "must be above 0 and at most 1e6, was " + weights.get(t)));
                }
                if (!(maxTransportMinutes.get(t) > 0) || maxTransportMinutes.get(t) > 48 * 60) {
                    errors.add(new InvalidPlanningInputException.FieldError("maxTransportMinutes." + t, "must be above 0 and at most 2880, was " + maxTransportMinutes.get(t)));
                }
            }
        }
        if (errors.isEmpty()) {
            if (weights.get(Triage.P1) < weights.get(Triage.P2) || weights.get(Triage.P2) < weights.get(Triage.P3)) {
                errors.add(new InvalidPlanningInputException.FieldError("weights",
                        "contradict triage: P1 must weigh at least as much as P2, and P2 at least as much as P3, was " + weights));
            }
            if (minimumCareLevel.get(Triage.P1).compareTo(minimumCareLevel.get(Triage.P3)) < 0) {
                errors.add(new InvalidPlanningInputException.FieldError("minimumCareLevel",
                        "contradicts triage: P1 may not need less care than P3"));
            }
            for (Triage t : Triage.values()) {
                if (unservedMinutes <= maxTransportMinutes.get(t)) {
                    errors.add(new InvalidPlanningInputException.FieldError("unservedMinutes",
                            "must exceed every maximum transport time, or leaving patients behind would look cheaper than moving them"));
                    break;
                }
            }
        }
        if (!(outsideRegionPenalty >= 0) || !Double.isFinite(outsideRegionPenalty)) {
            errors.add(new InvalidPlanningInputException.FieldError("outsideRegionPenalty", "must be 0 or more"));
        }
        if (!(outsideHealthcareRegionPenalty >= outsideRegionPenalty) || !Double.isFinite(outsideHealthcareRegionPenalty)) {
            errors.add(new InvalidPlanningInputException.FieldError("outsideHealthcareRegionPenalty",
                    "must be at least outsideRegionPenalty: the own healthcare region comes before the nation"));
        }
        if (!(surgeAllowance >= 0 && surgeAllowance <= 1)) {
            errors.add(new InvalidPlanningInputException.FieldError("surgeAllowance", "must be between 0 and 1, was " + surgeAllowance));
        }
        if (!(surgePenalty >= 0) || !Double.isFinite(surgePenalty)) {
            errors.add(new InvalidPlanningInputException.FieldError("surgePenalty", "must be 0 or more"));
        }
        if (!(unservedMinutes > 0) || unservedMinutes > 1e6) {
            errors.add(new InvalidPlanningInputException.FieldError("unservedMinutes", "must be above 0 and at most 1e6"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanningInputException(errors);
        }
    }

    private static Map<Triage, Double> complete(Map<Triage, Double> values, String field,
                                                List<InvalidPlanningInputException.FieldError> errors) {
        if (values == null || !values.keySet().containsAll(List.of(Triage.values())) || values.values().stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new InvalidPlanningInputException.FieldError(field, "needs a value for P1, P2 and P3"));
            return values;
        }
        return Map.copyOf(new EnumMap<>(values));
    }

    /**
     * Defaults: weights 10/3/1, rides of at most 120/180/240 minutes, P1 needs an advanced-care crew and P2 a
     * basic one; 30 and 60 weighted minutes for leaving the county or the healthcare region; half the surge
     * beds at 20 weighted minutes each; an unserved patient counts as 48 hours; P1 first.
     */
    public static Policy defaults() {
        return new Policy(
                Map.of(Triage.P1, 10.0, Triage.P2, 3.0, Triage.P3, 1.0),
                Map.of(Triage.P1, 120.0, Triage.P2, 180.0, Triage.P3, 240.0),
                Map.of(Triage.P1, CareLevel.ADVANCED, Triage.P2, CareLevel.BASIC, Triage.P3, CareLevel.NONE),
                30, 60, 0.5, 20, 48 * 60, true);
    }

    /** The same policy with P1 first on or off. */
    public Policy withP1First(boolean on) {
        return new Policy(weights, maxTransportMinutes, minimumCareLevel, outsideRegionPenalty,
                outsideHealthcareRegionPenalty, surgeAllowance, surgePenalty, unservedMinutes, on);
    }

    public double weight(Triage triage) {
        return weights.get(triage);
    }

    public double maxTransport(Triage triage) {
        return maxTransportMinutes.get(triage);
    }

    /** The least crew care level a patient of this group needs: the triage's, and advanced for intensive care. */
    public CareLevel requiredCareLevel(CasualtyGroup group) {
        CareLevel level = minimumCareLevel.get(group.triage());
        if (group.careNeed() == CareNeed.INTENSIVE_CARE && !level.covers(CareLevel.ADVANCED)) {
            level = CareLevel.ADVANCED;
        }
        return level;
    }

    /** Penalty for treating a patient of {@code group} at {@code hospital}: 0 in the own county. */
    public double regionPenalty(CasualtyGroup group, Hospital hospital) {
        if (group.region().equals(hospital.region())) {
            return 0;
        }
        return HealthcareRegions.of(group.region()).equals(hospital.healthcareRegion())
                ? outsideRegionPenalty : outsideHealthcareRegionPenalty;
    }

    /** Surge beds of this category at this hospital that the policy lets the plan open. */
    public int allowedSurge(BedCapacity capacity) {
        return (int) Math.floor(capacity.surge() * surgeAllowance + 1e-9);
    }
}
