package se.samverkan.planner.explain;

import java.util.List;

/**
 * Why one assignment of a plan (patients of one group in one trip) is as it is.
 *
 * @param groupId               the casualty group
 * @param unitId                the unit of the trip
 * @param tripNumber            the unit's trip
 * @param hospitalId            the receiving hospital
 * @param summary               one sentence for a coordinator
 * @param hospitals             the chosen hospital first, then the best alternatives by cost per patient
 * @param hospitalsConsidered   hospitals of the problem that have beds of the group's care category at all
 * @param units                 the chosen unit first, then the alternatives that could have handed over soonest
 * @param unitsConsidered       units with the care level and the kind of place (lying or seated) the patients need
 * @param unitsUnsuitable       units left out because their crew's care level or their places do not fit
 */
public record AssignmentExplanation(String groupId, String unitId, int tripNumber, String hospitalId, String summary,
                                    List<HospitalAlternative> hospitals, int hospitalsConsidered,
                                    List<UnitAlternative> units, int unitsConsidered, int unitsUnsuitable) {

    public AssignmentExplanation {
        hospitals = List.copyOf(hospitals);
        units = List.copyOf(units);
    }
}
