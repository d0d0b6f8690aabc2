package se.samverkan.benchmarks.registry;

import java.util.Arrays;

/**
 * Every latency of a run in nanoseconds, so percentiles are exact rather than bucketed; a run of a minute at
 * a few thousand requests per second is a few MB. Not thread-safe: one per client thread, merged at the end.
 */
public final class Latencies {

    private long[] values = new long[1 << 14];
    private int size;

    public void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public int count() {
        return size;
    }

    public static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.record(part.values[i]);
            }
        }
        return all;
    }

    /** The nearest-rank percentile ({@code p} in 0–100) in milliseconds; NaN when nothing was recorded. */
    public double percentileMillis(double p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("a percentile is between 0 and 100, was " + p);
        }
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public double meanMillis() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / size / 1e6;
    }
}
