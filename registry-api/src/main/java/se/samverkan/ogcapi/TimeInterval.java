package se.samverkan.ogcapi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A closed or half-open time interval, as the OGC API {@code datetime} parameter gives it: an instant
 * ({@code 2026-11-25T10:00:00Z}), a date (the whole UTC day), or {@code start/end} where either end may
 * be {@code ..} (open). {@code start} and {@code end} are empty for an open end.
 */
public record TimeInterval(Optional<Instant> start, Optional<Instant> end) {

    public TimeInterval {
        start = start == null ? Optional.empty() : start;
        end = end == null ? Optional.empty() : end;
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw new IllegalArgumentException("the interval starts after it ends");
        }
    }

    /** Parses the {@code datetime} parameter (RFC 3339 date-times, dates, intervals); throws with the reason. */
    public static TimeInterval parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        if (slash < 0) {
            if (value.equals("..")) {
                throw new IllegalArgumentException("'..' is only allowed as one end of an interval");
            }
            return single(value);
        }
        String from = value.substring(0, slash);
        String to = value.substring(slash + 1);
        if (to.contains("/")) {
            throw new IllegalArgumentException("an interval has exactly one '/'");
        }
        Optional<Instant> start = open(from) ? Optional.empty() : Optional.of(startOf(from));
        Optional<Instant> end = open(to) ? Optional.empty() : Optional.of(endOf(to));
        if (start.isEmpty() && end.isEmpty()) {
            throw new IllegalArgumentException("an interval needs at least one end");
        }
        return new TimeInterval(start, end);
    }

    public boolean contains(Instant instant) {
        return start.map(s -> !instant.isBefore(s)).orElse(true) && end.map(e -> !instant.isAfter(e)).orElse(true);
    }

    public boolean overlaps(TimeInterval other) {
        boolean startsBeforeOtherEnds = start.isEmpty() || other.end.isEmpty() || !start.get().isAfter(other.end.get());
        boolean endsAfterOtherStarts = end.isEmpty() || other.start.isEmpty() || !end.get().isBefore(other.start.get());
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    private static boolean open(String end) {
        return end.isEmpty() || end.equals("..");
    }

    private static TimeInterval single(String value) {
        return new TimeInterval(Optional.of(startOf(value)), Optional.of(endOf(value)));
    }

    private static Instant startOf(String value) {
        return value.contains("T") || value.contains("t") ? instant(value) : date(value).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static Instant endOf(String value) {
        return value.contains("T") || value.contains("t") ? instant(value)
                : date(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.toUpperCase(java.util.Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not an RFC 3339 date-time such as 2026-11-25T10:00:00Z");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date (2026-11-25) or date-time (2026-11-25T10:00:00Z)");
        }
    }
}
