package se.samverkan.transfer.cost;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import se.samverkan.transfer.model.InvalidTransferException;
import se.samverkan.transfer.model.PatientNeed;
import se.samverkan.transfer.model.Priority;

/**
 * One transport mode in one region's cost model. Amounts in SEK, times in minutes.
 *
 * @param available            false when the region does not have the mode at all
 * @param fixedAnnualSek       what the mode costs a year whether used or not (reported separately)
 * @param chargePerTransportSek what one transport is charged (an operator's price per flight or seat)
 * @param costPerKmSek         cost per kilometre driven or flown
 * @param countReturnLeg       whether the vehicle's empty return counts in the kilometres
 * @param staff                staff of the region on board, paid door to door including the return
 * @param staffHourSek         cost of one staff hour (salary with employer's contributions)
 * @param waitingMinutes       staff time at the receiving end (handover, waiting) before the return
 * @param dispatchMinutes      from the time the patient is ready until the mode leaves
 * @param departures           a scheduled mode's departure times each day (ambulance bus); empty = on demand
 * @param needs                the patient needs the mode is medically adequate for
 * @param priorities           the priorities the mode may take (prio 1 needs an emergency unit)
 */
public record ModeCost(boolean available, double fixedAnnualSek, double chargePerTransportSek, double costPerKmSek,
                       boolean countReturnLeg, int staff, double staffHourSek, double waitingMinutes,
                       double dispatchMinutes, List<LocalTime> departures, Set<PatientNeed> needs,
                       Set<Priority> priorities) {

    public ModeCost {
        nonNegative("fixedAnnualSek", fixedAnnualSek);
        nonNegative("chargePerTransportSek", chargePerTransportSek);
        nonNegative("costPerKmSek", costPerKmSek);
        nonNegative("staff", staff);
        nonNegative("staffHourSek", staffHourSek);
        nonNegative("waitingMinutes", waitingMinutes);
        nonNegative("dispatchMinutes", dispatchMinutes);
        departures = departures.stream().sorted().distinct().toList();
        needs = Set.copyOf(needs);
        priorities = Set.copyOf(priorities);
    }

    private static void nonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new InvalidTransferException(field, "must be a number of zero or more, was " + value);
        }
    }

    public boolean scheduled() {
        return !departures.isEmpty();
    }
}
