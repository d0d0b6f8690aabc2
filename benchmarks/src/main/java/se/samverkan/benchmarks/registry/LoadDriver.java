package se.samverkan.benchmarks.registry;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * A closed-loop HTTP load: {@code clients} threads each send a request, wait for the whole answer, and send
 * the next, first for a warm-up (not recorded), then for a fixed measured duration. Answers other than 200
 * count as errors and are not timed; the first one is kept for the report.
 */
public final class LoadDriver {

    /** What one run measured. */
    public record Result(String name, int clients, Latencies latencies, long errors, String firstError,
            double seconds) {
        public double throughput() {
            return latencies.count() / seconds;
        }
    }

    private final HttpClient http;

    public LoadDriver() {
        // HTTP/1.1 with keep-alive, as a simple API client would use it; no HTTP/2 upgrade attempts on plain http.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Runs {@code requests} (given a per-client random source and a sequence number) from {@code clients}
     * threads: {@code warmUp} unrecorded, then {@code duration} measured.
     */
    public Result run(String name, int clients, Duration warmUp, Duration duration, long seed,
            BiFunction<SplittableRandom, Long, HttpRequest> requests) throws InterruptedException {
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
                while (true) {
                    long before = System.nanoTime();
                    if (before >= end) {
                        return;
                    }
                    HttpRequest request = requests.apply(random, sequence++);
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long after = System.nanoTime();
                        if (response.statusCode() != 200) {
                            if (before >= measureFrom) {
                                errors[client]++;
                            }
                            firstError.compareAndSet(null, request.uri() + " -> HTTP " + response.statusCode() + ": "
                                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                        } else if (before >= measureFrom && after <= end) {
                            latencies.record(after - before);
                        }
                    } catch (java.io.IOException e) {
                        if (before >= measureFrom) {
                            errors[client]++;
                        }
                        firstError.compareAndSet(null, request.uri() + " -> " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
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
