package se.samverkan.benchmarks.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOverAllClients() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            (ms % 2 == 0 ? a : b).record(ms * 1_000_000L);
        }
        Latencies all = Latencies.merge(List.of(a, b));
        assertThat(all.count()).isEqualTo(100);
        assertThat(all.percentileMillis(50)).isEqualTo(50.0);
        assertThat(all.percentileMillis(95)).isEqualTo(95.0);
        assertThat(all.percentileMillis(100)).isEqualTo(100.0);
        assertThat(all.meanMillis()).isEqualTo(50.5);
    }

    @Test
    void nothingRecordedIsNotANumber() {
        assertThat(new Latencies().percentileMillis(95)).isNaN();
    }
}
