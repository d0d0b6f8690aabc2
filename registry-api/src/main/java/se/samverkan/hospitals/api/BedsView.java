package se.samverkan.hospitals.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.samverkan.hospitals.model.BedCapacity;

/** Beds of one care category: available now, baseline, and additional within 24 h and 72 h. */
@JsonbPropertyOrder({"available", "baseline", "additional24h", "additional72h", "overCapacityReason"})
public record BedsView(int available, int baseline, int additional24h, int additional72h, String overCapacityReason) {

    static BedsView of(BedCapacity b) {
        return new BedsView(b.available(), b.baseline(), b.additional24h(), b.additional72h(), b.overCapacityReason());
    }
}
