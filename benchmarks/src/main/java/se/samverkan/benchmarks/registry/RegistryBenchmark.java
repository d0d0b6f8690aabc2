package se.samverkan.benchmarks.registry;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import se.samverkan.benchmarks.SyntheticPositions;
import se.samverkan.gis.GeoPoint;

/**
 * The HTTP half of {@code benchmarks/registry-bench.sh}.
 *
 * <pre>
 * points --out FILE [--count 10000] [--seed 42]      the query points, as CSV (id,latitude,longitude) for pgbench
 * http --url URL [--token T] [--warmup 10] [--duration 30] [--clients 8] [--capability defibrillator]
 *      [--n 20] [--count 10000] [--seed 42] [--runs nearest1,nearestN,list]
 * </pre>
 *
 * {@code http} measures "N nearest units available now with a capability" from 1 client and from
 * {@code --clients} clients, and list pages with filters from 1 client; it prints a table and {@code key=value}
 * lines for the script. Query points: {@link SyntheticPositions} (clustered at population centres, the rest
 * spread over Sweden), the same seed and count as the pgbench side.
 */
public final class RegistryBenchmark {

    static final List<String> REGIONS = List.of("01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14",
            "17", "18", "19", "20", "21", "22", "23", "24", "25");
    /** List filters a dispatcher or inventory manager would use; each request adds a random region. */
    static final List<String> LIST_FILTERS = List.of("kind=ROAD_AMBULANCE&status=AVAILABLE",
            "kind=PATIENT_TRAVEL_TAXI", "status=AVAILABLE&capability=ventilator", "kind=RESCUE_SERVICE&capability=off-road",
            "status=RESERVE", "");

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) throws IOException, InterruptedException {
        if (args.length == 0) {
            out.println("usage: RegistryBenchmark points --out FILE | http --url URL [options]");
            return 2;
        }
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                out.println("unexpected argument " + args[i]);
                return 2;
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        int count = Integer.parseInt(o.getOrDefault("count", "10000"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        List<GeoPoint> points = SyntheticPositions.generate(count, seed);
        switch (args[0]) {
            case "points" -> {
                writePoints(points, Path.of(o.getOrDefault("out", "target/query-points.csv")));
                return 0;
            }
            case "http" -> {
                http(o, points, out);
                return 0;
            }
            default -> {
                out.println("unknown command " + args[0]);
                return 2;
            }
        }
    }

    static void writePoints(List<GeoPoint> points, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < points.size(); i++) {
                w.write(String.format(Locale.ROOT, "%d,%.6f,%.6f%n", i + 1, points.get(i).latitude(),
                        points.get(i).longitude()));
            }
        }
    }

    /** The nearest-units request the benchmark sends; point chosen uniformly from the shared list. */
    static String nearestPath(GeoPoint p, int n, String capability) {
        return String.format(Locale.ROOT, "/api/units/nearest?lat=%.6f&lon=%.6f&n=%d", p.latitude(), p.longitude(), n)
                + (capability.isEmpty() ? "" : "&capability=" + capability);
    }

    static String listPath(SplittableRandom random) {
        String filter = LIST_FILTERS.get(random.nextInt(LIST_FILTERS.size()));
        String region = REGIONS.get(random.nextInt(REGIONS.size()));
        return "/api/units?region=" + region + (filter.isEmpty() ? "" : "&" + filter) + "&limit=50";
    }

    private static void http(Map<String, String> o, List<GeoPoint> points, PrintStream out) throws InterruptedException {
        URI base = URI.create(o.getOrDefault("url", "http://localhost:8080/"));
        String token = o.getOrDefault("token", System.getenv("SAMVERKAN_TOKEN"));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(o.getOrDefault("warmup", "10")));
        Duration duration = Duration.ofSeconds(Long.parseLong(o.getOrDefault("duration", "30")));
        int clients = Integer.parseInt(o.getOrDefault("clients", "8"));
        int n = Integer.parseInt(o.getOrDefault("n", "20"));
        String capability = o.getOrDefault("capability", "defibrillator");
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));

        LoadDriver driver = token != null && !token.isBlank()
                ? new LoadDriver(base, "Accept: application/json", "Authorization: Bearer " + token)
                : new LoadDriver(base, "Accept: application/json");
        // --runs picks some of the three runs, e.g. to measure the application's CPU per nearest request.
        List<String> runs = List.of(o.getOrDefault("runs", "nearest1,nearestN,list").split(","));
        List<LoadDriver.Result> results = new java.util.ArrayList<>();
        if (runs.contains("nearest1")) {
            results.add(driver.run("nearest", 1, warmUp, duration, seed,
                    (r, i) -> nearestPath(points.get(r.nextInt(points.size())), n, capability)));
        }
        if (runs.contains("nearestN")) {
            results.add(driver.run("nearest", clients, warmUp, duration, seed,
                    (r, i) -> nearestPath(points.get(r.nextInt(points.size())), n, capability)));
        }
        if (runs.contains("list")) {
            results.add(driver.run("list", 1, warmUp, duration, seed, (r, i) -> listPath(r)));
        }
        out.printf(Locale.ROOT, "%-8s %7s %9s %8s %8s %8s %8s %8s %10s%n", "query", "clients", "requests", "errors",
                "mean ms", "p50 ms", "p95 ms", "p99 ms", "req/s");
        for (LoadDriver.Result r : results) {
            Latencies l = r.latencies();
            out.printf(Locale.ROOT, "%-8s %7d %9d %8d %8.2f %8.2f %8.2f %8.2f %10.0f%n", r.name(), r.clients(), l.count(),
                    r.errors(), l.meanMillis(), l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99),
                    r.throughput());
            if (r.firstError() != null) {
                out.println("  first error: " + r.firstError());
            }
        }
        for (LoadDriver.Result r : results) {
            String key = "http." + r.name() + ".c" + r.clients();
            Latencies l = r.latencies();
            out.printf(Locale.ROOT, "%s.p50_ms=%.3f%n%s.p95_ms=%.3f%n%s.p99_ms=%.3f%n%s.rps=%.1f%n%s.errors=%d%n",
                    key, l.percentileMillis(50), key, l.percentileMillis(95), key, l.percentileMillis(99), key,
                    r.throughput(), key, r.errors());
        }
    }
}
