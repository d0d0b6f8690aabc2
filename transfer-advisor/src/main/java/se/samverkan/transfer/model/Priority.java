package se.samverkan.transfer.model;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The region's priority of a secondary transport. When a transfer names no latest arrival, the priority
 * sets it: prio 1 within {@link #PRIO_1_WINDOW}, prio 2 by midnight of the day it is ready, prio 3 within
 * {@link #PRIO_3_WINDOW} (transfers often wait 12–48 h).
 */
public enum Priority {
    /** Immediate. */
    PRIO_1,
    /** The same day. */
    PRIO_2,
    /** Non-acute, within a window. */
    PRIO_3;

    public static final Duration PRIO_1_WINDOW = Duration.ofHours(3);
    public static final Duration PRIO_3_WINDOW = Duration.ofHours(48);

    /** In words, for the reasons the advisor gives. */
    public String description() {
        return switch (this) {
            case PRIO_1 -> "prio 1 (immediate)";
            case PRIO_2 -> "prio 2 (same day)";
            case PRIO_3 -> "prio 3 (non-acute)";
        };
    }

    public LocalDateTime defaultLatest(LocalDateTime earliest) {
        return switch (this) {
            case PRIO_1 -> earliest.plus(PRIO_1_WINDOW);
            case PRIO_2 -> earliest.toLocalDate().plusDays(1).atStartOfDay();
            case PRIO_3 -> earliest.plus(PRIO_3_WINDOW);
        };
    }

    public static Priority parse(String field, String value) {
        if (value != null && value.trim().matches("[123]")) {
            return values()[Integer.parseInt(value.trim()) - 1];
        }
        return Enums.parse(Priority.class, field, value);
    }
}
