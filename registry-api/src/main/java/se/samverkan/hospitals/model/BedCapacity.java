package se.samverkan.hospitals.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * Beds of one care category in one report, as EDXL-HAVE counts them: available now, the baseline (staffed,
 * normal operation), and how many more could be made available within 24 h and within 72 h. More available
 * than baseline plus surge happens (a field ward opened) but must be explained, or it is a typing error.
 */
@Embeddable
public class BedCapacity {

    @Enumerated(EnumType.STRING)
    private CareCategory category;

    private int available;

    private int baseline;

    @Column(name = "additional_24h")
    private int additional24h;

    @Column(name = "additional_72h")
    private int additional72h;

    @Column(name = "over_capacity_reason")
    private String overCapacityReason;

    protected BedCapacity() {
    }

    public BedCapacity(CareCategory category, int available, int baseline, int additional24h, int additional72h,
                       String overCapacityReason) {
        this.category = Objects.requireNonNull(category, "category");
        if (available < 0 || baseline < 0 || additional24h < 0 || additional72h < 0) {
            throw new IllegalArgumentException("bed counts of " + category + " must not be negative");
        }
        this.available = available;
        this.baseline = baseline;
        this.additional24h = additional24h;
        this.additional72h = additional72h;
        this.overCapacityReason = overCapacityReason == null || overCapacityReason.isBlank() ? null : overCapacityReason.strip();
        if (exceedsBaselineAndSurge(available, baseline, additional24h, additional72h) && this.overCapacityReason == null) {
            throw new IllegalArgumentException(OVER_CAPACITY);
        }
    }

    public static final String OVER_CAPACITY =
            "exceeds baseline plus additional capacity; give overCapacityReason to confirm it";

    /** True when more beds are available than baseline plus the larger surge figure. */
    public static boolean exceedsBaselineAndSurge(long available, long baseline, long additional24h, long additional72h) {
        return available > baseline + Math.max(additional24h, additional72h);
    }

    public CareCategory category() {
        return category;
    }

    public int available() {
        return available;
    }

    public int baseline() {
        return baseline;
    }

    public int additional24h() {
        return additional24h;
    }

    public int additional72h() {
        return additional72h;
    }

    public String overCapacityReason() {
        return overCapacityReason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BedCapacity b && category == b.category && available == b.available
                && baseline == b.baseline && additional24h == b.additional24h && additional72h == b.additional72h
                && Objects.equals(overCapacityReason, b.overCapacityReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, available, baseline, additional24h, additional72h, overCapacityReason);
    }

    @Override
    public String toString() {
        return category + "[" + available + "/" + baseline + " +" + additional24h + "/24h +" + additional72h + "/72h]";
    }
}
