package se.samverkan.benchmarks.registry;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * A closed-loop HTTP load: {@code clients} threads each send a request, wait for the whole answer, and send
 * the next, first for a warm-up (not recorded), then for a fixed measured duration. Answers other than 200
 * count as errors and are not timed; the first one is kept for the report. Each client thread has its own
 * keep-alive connection ({@link Http11Connection}).
 */
public final class LoadDriver {

    /** What one run measured. */
    public record Result(String name, int clients, Latencies latencies, long errors, String firstError,
            double seconds) {
        public double throughput() {
            return latencies.count() / seconds;
        }
    }

    private final URI base;
    private final String[] headers;

    /** @param headers request header lines ({@code "Name: value"}) sent with every request */
    public LoadDriver(URI base, String... headers) {
        this.base = base;
        this.headers = headers.clone();
    }

    /**
     * Sends GET requests for {@code paths} (path and query, given a per-client random source and a sequence
     * number) from {@code clients} threads: {@code warmUp} unrecorded, then {@code duration} measured.
     */
    public Result run(String name, int clients, Duration warmUp, Duration duration, long seed,
            BiFunction<SplittableRandom, Long, String> paths) throws InterruptedException {
        if (clients < 1) {
            throw new IllegalArgumentException("at least one client, was " + clients);
        }
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Latencies> perClient = new ArrayList<>();
        long[] errors = new long[clients];
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int c = 0; c < clients; c++) {
            Latencies latencies = new Latencies();
            perClient.add(latencies);
            SplittableRandom random = seeds.split();
            int client = c;
            Thread t = new Thread(() -> {
                long sequence = 0;
                try (Http11Connection http = new Http11Connection(base, headers)) {
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            return;
                        }
                        String path = paths.apply(random, sequence++);
                        try {
                            Http11Connection.Answer answer = http.get(path);
                            long after = System.nanoTime();
                            if (answer.status() != 200) {
                                if (before >= measureFrom) {
                                    errors[client]++;
                                }
                                firstError.compareAndSet(null, path + " -> HTTP " + answer.status() + ": " + answer.text());
                            } else if (before >= measureFrom && after <= end) {
                                latencies.record(after - before);
                            }
                        } catch (java.io.IOException | RuntimeException e) {
                            if (before >= measureFrom) {
                                errors[client]++;
                            }
                            firstError.compareAndSet(null, path + " -> " + e);
                        }
                    }
                }
            }, name + "-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long totalErrors = 0;
        for (long e : errors) {
            totalErrors += e;
        }
        return new Result(name, clients, Latencies.merge(perClient), totalErrors, firstError.get(),
                duration.toNanos() / 1e9);
    }
}
