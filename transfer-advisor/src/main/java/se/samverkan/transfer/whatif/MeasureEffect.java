package se.samverkan.transfer.whatif;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a measure (or all measures together) would have changed over the transfers.
 *
 * @param matched          transfers the measure's conditions select
 * @param moved            of those, transfers the new mode could take
 * @param notMoved         matched but not moved, counted by reason
 * @param costBeforeSek    what the moved transfers cost as they were made (the logged cost, or computed)
 * @param costAfterSek     what they would cost by the new mode
 * @param staffHoursAdded  staff hours of the new modes minus those of the modes used (may be negative)
 * @param movedByMeasure   for the combined effect: how many transfers each measure moved
 */
public record MeasureEffect(String name, int matched, int moved, Map<String, Integer> notMoved,
                            double costBeforeSek, double costAfterSek, double staffHoursAdded,
                            Map<String, Integer> movedByMeasure) {

    public MeasureEffect {
        // Kept in the order found (policy order for movedByMeasure), so reports read the same every run.
        notMoved = Collections.unmodifiableMap(new LinkedHashMap<>(notMoved));
        movedByMeasure = Collections.unmodifiableMap(new LinkedHashMap<>(movedByMeasure));
    }

    /** What the region saves (positive) or spends more (negative) on the moved transfers. */
    public double netSavingSek() {
        return costBeforeSek - costAfterSek;
    }
}
