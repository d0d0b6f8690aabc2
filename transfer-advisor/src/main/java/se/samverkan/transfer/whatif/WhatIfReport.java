package se.samverkan.transfer.whatif;

import java.util.List;

/**
 * The policy's effect on a year of transfers: each measure alone, then all measures together (each transfer
 * taken by the first measure, in policy order, that can move it). Year totals are over all transfers.
 * Fixed annual costs are not in these sums: a policy changes how often modes are used, not what they cost
 * to keep.
 */
public record WhatIfReport(String region, int transfers, double yearCostBeforeSek, List<MeasureEffect> measures,
                           MeasureEffect combined) {

    public WhatIfReport {
        measures = List.copyOf(measures);
    }

    public double yearCostAfterSek() {
        return yearCostBeforeSek - combined.netSavingSek();
    }
}
