package se.samverkan.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeIntervalTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void anInstantADateAndIntervalsWithOpenEnds() {
        assertThat(TimeInterval.parse("2026-11-25T12:00:00Z").contains(NOON)).isTrue();
        assertThat(TimeInterval.parse("2026-11-25").contains(NOON)).isTrue();
        assertThat(TimeInterval.parse("2026-11-26").contains(NOON)).isFalse();
        assertThat(TimeInterval.parse("2026-11-25T13:00:00+01:00/..").contains(NOON)).isTrue();
        assertThat(TimeInterval.parse("../2026-11-24").contains(NOON)).isFalse();
        assertThat(TimeInterval.parse("2026-11-01/2026-11-30").end()).contains(Instant.parse("2026-11-30T23:59:59.999999999Z"));
    }

    @Test
    void overlapsAsIntervalsDo() {
        TimeInterval november = TimeInterval.parse("2026-11-01/2026-11-30");

        assertThat(november.overlaps(TimeInterval.parse("2026-11-30/.."))).isTrue();
        assertThat(november.overlaps(TimeInterval.parse("../2026-10-31"))).isFalse();
    }

    @Test
    void malformedValuesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> TimeInterval.parse("yesterday")).hasMessageContaining("yesterday");
        assertThatThrownBy(() -> TimeInterval.parse("2026-11-25T12:00:00")).hasMessageContaining("RFC 3339");
        assertThatThrownBy(() -> TimeInterval.parse("../..")).hasMessageContaining("at least one end");
        assertThatThrownBy(() -> TimeInterval.parse("2026-11-30/2026-11-01")).hasMessageContaining("starts after");
        assertThatThrownBy(() -> TimeInterval.parse("2026-11-01/2026-11-02/2026-11-03")).hasMessageContaining("one '/'");
    }
}
