package se.samverkan.benchmarks.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code ./samverkan demo-data}: generates the demo inventory into files, or loads it into a running registry
 * through its HTTP API (organisations, then bases, then one CSV import of all units, watched until it ends).
 *
 * <pre>
 * generate [--size N] [--seed S] [--out DIR]
 * load     [--size N] [--seed S] [--url http://localhost:8080/] [--if-empty]
 *          [--token T | --user U --password P [--keycloak-url URL] [--realm samverkan] [--client samverkan-cli]]
 * </pre>
 *
 * Exit codes: 0 done (or nothing to do), 1 failed, 2 bad arguments.
 */
public final class DemoDataCommand {

    public static final int DEFAULT_SIZE = 3_000;
    public static final long DEFAULT_SEED = 20_261_125L;
    /** Concurrent posts of organisations and bases: enough to overlap round trips, few enough to be gentle. */
    static final int POSTERS = 4;

    private final PrintStream out;
    private final Map<String, String> options;

    private DemoDataCommand(PrintStream out, Map<String, String> options) {
        this.out = out;
        this.options = options;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            out.println("usage: demo-data generate [--size N] [--seed S] [--out DIR]");
            out.println("       demo-data load [--size N] [--seed S] [--url URL] [--if-empty] [--token T | --user U --password P"
                    + " [--keycloak-url URL] [--realm R] [--client C]]");
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                out.println("demo-data: unexpected argument " + a);
                return 2;
            }
            String name = a.substring(2);
            if (name.equals("if-empty")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                out.println("demo-data: --" + name + " needs a value");
                return 2;
            }
        }
        DemoDataCommand command = new DemoDataCommand(out, options);
        try {
            return switch (args[0]) {
                case "generate" -> command.generate();
                case "load" -> command.load();
                default -> {
                    out.println("demo-data: unknown command " + args[0]);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            out.println("demo-data: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            out.println("demo-data: failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("demo-data: interrupted");
            return 1;
        }
    }

    private int size() {
        return Integer.parseInt(options.getOrDefault("size", Integer.toString(DEFAULT_SIZE)));
    }

    private long seed() {
        return Long.parseLong(options.getOrDefault("seed", Long.toString(DEFAULT_SEED)));
    }

    private DemoInventory inventory() {
        long start = System.nanoTime();
        DemoInventory inventory = new DemoGenerator().generate(size(), seed());
        out.printf(Locale.ROOT, "demo-data: generated %d organisations, %d bases, %d units (seed %d) in %.2f s%n",
                inventory.organisations().size(), inventory.bases().size(), inventory.units().size(), seed(),
                (System.nanoTime() - start) / 1e9);
        return inventory;
    }

    private int generate() throws IOException {
        DemoInventory inventory = inventory();
        Path dir = Path.of(options.getOrDefault("out", "target/demo-data"));
        long start = System.nanoTime();
        InventoryFiles.writeAll(inventory, dir);
        out.printf(Locale.ROOT, "demo-data: wrote %s, %s, %s and %s to %s in %.2f s%n", InventoryFiles.ORGANISATIONS,
                InventoryFiles.BASES, InventoryFiles.UNITS_CSV, InventoryFiles.UNITS_GEOJSON, dir.toAbsolutePath(),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private int load() throws IOException, InterruptedException {
        URI url = URI.create(withSlash(options.getOrDefault("url", "http://localhost:8080/")));
        if (options.containsKey("user") && (!options.containsKey("password")
                || options.getOrDefault("keycloak-url", System.getenv("SAMVERKAN_KEYCLOAK_URL")) == null)) {
            throw new IllegalArgumentException("--user needs --password and --keycloak-url (or SAMVERKAN_KEYCLOAK_URL)");
        }
        // Tokens are fetched when first needed and again when one expires (a 100 000-row import outlasts one).
        RegistryClient client = new RegistryClient(url, this::token);
        if (options.containsKey("if-empty")) {
            Optional<String> reason = whyNotEmpty(client);
            if (reason.isPresent()) {
                out.println("demo-data: not loading: " + reason.get());
                return 0;
            }
        }
        DemoInventory inventory = inventory();
        Set<String> refused = new HashSet<>();
        if (!postEach(client, "/api/organisations", "organisations", inventory.organisations(), Organisation::code,
                Organisation::sensitive, o -> false, refused, InventoryFiles::writeOrganisation)) {
            return 1;
        }
        if (!postEach(client, "/api/bases", "bases", inventory.bases(), Base::code, Base::sensitive,
                b -> refused.contains(b.organisation()), refused, InventoryFiles::writeBase)) {
            return 1;
        }
        List<Unit> units = inventory.units().stream().filter(u -> !refused.contains(u.organisation())
                && (u.base() == null || !refused.contains(u.base()))).toList();
        if (units.size() < inventory.units().size()) {
            out.printf("demo-data: leaving out %d sensitive units: this caller may not keep sensitive records%n",
                    inventory.units().size() - units.size());
        }
        Path csv = Files.createTempFile("samverkan-units-", ".csv");
        try {
            try (var stream = Files.newOutputStream(csv)) {
                InventoryFiles.writeUnitsCsv(units, stream);
            }
            return importUnits(client, csv, units.size());
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** Empty when the registry holds no units; otherwise why the demo data should not be loaded. */
    private Optional<String> whyNotEmpty(RegistryClient client) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = client.get("/api/units?limit=1");
        } catch (java.net.ConnectException e) {
            throw new IOException("the registry does not answer at " + client.resolve("/"));
        }
        if (response.statusCode() == 404) {
            return Optional.of("this build has no unit registry yet (404 at /api/units)");
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IOException("the registry refused the token (HTTP " + response.statusCode()
                    + "); pass --token or --user/--password");
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET /api/units answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return ListPages.itemCount(response.body()) == 0 ? Optional.empty()
                : Optional.of("the registry already holds units");
    }

    /**
     * Posts each item, {@value #POSTERS} at a time; 409 means it is there already. A sensitive item the caller
     * may not keep or see (any 4xx) is left out with everything that refers to it, collected in
     * {@code refused}; any other refusal stops the load.
     */
    private <T> boolean postEach(RegistryClient client, String path, String what, List<T> items,
            Function<T, String> code, Predicate<T> sensitive, Predicate<T> skip, Set<String> refused,
            BiConsumer<JsonGenerator, T> writer) throws IOException, InterruptedException {
        AtomicInteger created = new AtomicInteger();
        AtomicInteger existing = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicReference<String> sensitiveReason = new AtomicReference<>();
        Set<String> left = ConcurrentHashMap.newKeySet();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(POSTERS);
        try {
            List<Future<?>> posts = new ArrayList<>();
            for (T item : items) {
                if (skip.test(item)) {
                    left.add(code.apply(item));
                    continue;
                }
                posts.add(pool.submit(() -> {
                    if (failure.get() != null) {
                        return null;
                    }
                    StringWriter body = new StringWriter();
                    try (JsonGenerator json = Json.createGenerator(body)) {
                        writer.accept(json, item);
                    }
                    HttpResponse<String> response = client.postJson(path, body.toString());
                    int status = response.statusCode();
                    if (status == 200 || status == 201) {
                        created.incrementAndGet();
                    } else if (status == 409) {
                        existing.incrementAndGet();
                    } else if (status >= 400 && status < 500 && sensitive.test(item)) {
                        left.add(code.apply(item));
                        sensitiveReason.compareAndSet(null, "HTTP " + status + ": " + response.body());
                    } else {
                        failure.compareAndSet(null, String.format("POST %s answered HTTP %d for %s%n  %s", path, status,
                                body, response.body()));
                    }
                    return null;
                }));
            }
            for (Future<?> post : posts) {
                post.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        refused.addAll(left);
        if (failure.get() != null) {
            out.println("demo-data: " + failure.get());
            return false;
        }
        out.printf(Locale.ROOT, "demo-data: %s: %d created, %d already there%s (%.1f s)%n", what, created.get(),
                existing.get(), left.isEmpty() ? "" : ", " + left.size() + " sensitive ones left out",
                (System.nanoTime() - start) / 1e9);
        if (sensitiveReason.get() != null) {
            out.println("demo-data:   (the registry refused sensitive " + what + ": " + sensitiveReason.get() + ")");
        }
        return true;
    }

    private int importUnits(RegistryClient client, Path csv, int rows) throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "demo-data: importing %d units (%.1f MB of CSV)%n", rows, Files.size(csv) / 1e6);
        long start = System.nanoTime();
        HttpResponse<String> response = client.postCsv("/api/units/import?format=csv&dryRun=false", csv);
        JsonObject report;
        if (response.statusCode() == 202) {
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new IOException("the import answered 202 without a Location"));
            report = watch(client, location);
        } else if (response.statusCode() == 200 || response.statusCode() == 201) {
            report = RegistryClient.json(response.body());
        } else {
            out.printf("demo-data: the import answered HTTP %d%n  %s%n", response.statusCode(), response.body());
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String state = report.getString("state", "?");
        if (!state.equals("SUCCEEDED")) {
            out.printf("demo-data: import %s after %d rows checked, %d applied%n", state,
                    report.getInt("rowsChecked", -1), report.getInt("rowsApplied", -1));
            if (report.containsKey("message") && !report.isNull("message")) {
                out.println("  " + report.getString("message"));
            }
            JsonArray errors = report.getJsonArray("errors");
            if (errors != null) {
                errors.stream().limit(20).forEach(e -> out.println("  " + e));
            }
            return 1;
        }
        out.printf(Locale.ROOT, "demo-data: import SUCCEEDED: %d rows applied in %.2f s (upload to done)%n",
                report.getInt("rowsApplied", rows), seconds);
        out.printf(Locale.ROOT, "import-wall-seconds=%.3f%n", seconds);
        return 0;
    }

    /** Polls the import until it succeeds or fails, printing progress whenever it moved. */
    private JsonObject watch(RegistryClient client, String location) throws IOException, InterruptedException {
        String path = URI.create(location).isAbsolute() ? URI.create(location).getRawPath() : location;
        long deadline = System.nanoTime() + Long.parseLong(options.getOrDefault("timeout", "900")) * 1_000_000_000L;
        String last = "";
        while (true) {
            HttpResponse<String> response = client.get(path);
            if (response.statusCode() != 200) {
                throw new IOException("GET " + path + " answered HTTP " + response.statusCode() + ": " + response.body());
            }
            JsonObject report = RegistryClient.json(response.body());
            String state = report.getString("state", "?");
            String progress = String.format(Locale.ROOT, "%s: %d rows checked, %d applied", state,
                    report.getInt("rowsChecked", 0), report.getInt("rowsApplied", 0));
            if (!progress.equals(last)) {
                out.println("demo-data: import " + progress);
                last = progress;
            }
            // Only these two end a job; anything else (QUEUED, CHECKING, APPLYING, RUNNING, …) is still moving.
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return report;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the import did not finish in time; it is still at " + progress);
            }
            Thread.sleep(250);
        }
    }

    private String token() throws IOException, InterruptedException {
        String token = options.getOrDefault("token", System.getenv("SAMVERKAN_TOKEN"));
        if (token != null && !token.isBlank()) {
            return token;
        }
        String user = options.get("user");
        if (user == null) {
            return null;
        }
        String password = options.get("password");
        if (password == null) {
            throw new IllegalArgumentException("--user needs --password");
        }
        String keycloak = options.getOrDefault("keycloak-url", System.getenv("SAMVERKAN_KEYCLOAK_URL"));
        if (keycloak == null || keycloak.isBlank()) {
            throw new IllegalArgumentException("--user needs --keycloak-url or SAMVERKAN_KEYCLOAK_URL");
        }
        return RegistryClient.fetchToken(URI.create(withSlash(keycloak)), options.getOrDefault("realm", "samverkan"),
                options.getOrDefault("client", "samverkan-cli"), user, password);
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** Reading the list endpoint's page without knowing its exact shape. */
    static final class ListPages {
        private ListPages() {
        }

        /** Items on a list page: a top-level array, or the first array among the usual member names. */
        static int itemCount(String body) {
            JsonValue value = Json.createReader(new java.io.StringReader(body)).readValue();
            if (value.getValueType() == JsonValue.ValueType.ARRAY) {
                return value.asJsonArray().size();
            }
            JsonObject page = value.asJsonObject();
            for (String name : List.of("items", "units", "features", "data", "content", "results")) {
                if (page.containsKey(name) && page.get(name).getValueType() == JsonValue.ValueType.ARRAY) {
                    return page.getJsonArray(name).size();
                }
            }
            for (JsonValue member : page.values()) {
                if (member.getValueType() == JsonValue.ValueType.ARRAY) {
                    return member.asJsonArray().size();
                }
            }
            throw new IllegalArgumentException("cannot find the items of a list page in " + body);
        }
    }
}
