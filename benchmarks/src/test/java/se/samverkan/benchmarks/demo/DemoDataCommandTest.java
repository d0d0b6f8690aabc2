package se.samverkan.benchmarks.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loader against a stand-in registry that speaks the API contract of issue 3 on loopback. */
class DemoDataCommandTest {

    private HttpServer server;
    private final Set<String> organisations = ConcurrentHashMap.newKeySet();
    private final Set<String> bases = ConcurrentHashMap.newKeySet();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile String importedCsv;
    private volatile boolean registryHasUnitsApi = true;
    private volatile int unitsAlreadyThere;

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY each answer waits out the
        // client's delayed ACK (about 40 ms), which made hundreds of small posts take minutes.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @BeforeEach
    void startRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/organisations", ex -> create(ex, organisations));
        server.createContext("/api/bases", ex -> create(ex, bases));
        server.createContext("/api/units", this::units);
        server.createContext("/api/imports/", ex -> {
            // Checking, then applying, then done: the loader must wait for the end, not take the first answer.
            int n = polls.incrementAndGet();
            int rows = importedCsv.split("\n").length - 1;
            String body = n == 1
                    ? "{\"state\":\"CHECKING\",\"rowsChecked\":" + rows / 2 + ",\"rowsApplied\":0,\"errors\":[]}"
                    : n == 2 ? "{\"state\":\"APPLYING\",\"rowsChecked\":" + rows + ",\"rowsApplied\":" + rows / 3 + ",\"errors\":[]}"
                    : "{\"state\":\"SUCCEEDED\",\"rowsChecked\":" + rows + ",\"rowsApplied\":" + rows + ",\"errors\":[]}";
            respond(ex, 200, body);
        });
        server.start();
    }

    @AfterEach
    void stopRegistry() {
        server.stop(0);
    }

    private void create(HttpExchange ex, Set<String> store) throws IOException {
        authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String code = RegistryClient.json(body).getString("code");
        respond(ex, store.add(code) ? 201 : 409, "{}");
    }

    private void units(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (!registryHasUnitsApi) {
            respond(ex, 404, "{}");
        } else if (path.equals("/api/units/import") && ex.getRequestMethod().equals("POST")) {
            importedCsv = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Location", "/api/imports/1");
            respond(ex, 202, "{\"state\":\"RUNNING\"}");
        } else {
            respond(ex, 200, unitsAlreadyThere == 0 ? "{\"items\":[],\"next\":null}" : "{\"items\":[{\"callSign\":\"X\"}]}");
        }
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private static int run(ByteArrayOutputStream out, String... args) {
        return DemoDataCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void loadsOrganisationsBasesAndAValidCsvThenWaitsForTheImport() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = run(out, "load", "--size", "1000", "--seed", "4", "--url", url(), "--token", "abc");
        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isZero();
        DemoInventory expected = new DemoGenerator().generate(1_000, 4);
        assertThat(organisations).hasSize(expected.organisations().size());
        assertThat(bases).hasSize(expected.bases().size());
        assertThat(importedCsv).isEqualTo(DemoGeneratorTest.csv(expected));
        assertThat(new UnitRowValidator(organisations, bases).validate(new StringReader(importedCsv))).isEmpty();
        assertThat(polls.get()).isEqualTo(3);
        assertThat(authorizations).containsOnly("Bearer abc");
        assertThat(log).contains("import CHECKING: 500 rows checked").contains("import APPLYING: 1000 rows checked, 333 applied")
                .contains("import SUCCEEDED: 1000 rows applied").contains("import-wall-seconds=");
    }

    @Test
    void aSecondLoadFindsEverythingThereAndStillSucceeds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(out, "load", "--size", "1000", "--url", url())).isZero();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(run(again, "load", "--size", "1000", "--url", url())).isZero();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("0 created");
        assertThat(authorizations).containsOnly("null");
    }

    @Test
    void ifEmptySkipsARegistryThatHoldsUnits() {
        unitsAlreadyThere = 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(out, "load", "--size", "1000", "--url", url(), "--if-empty")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("already holds units");
        assertThat(organisations).isEmpty();
        assertThat(importedCsv).isNull();
    }

    @Test
    void ifEmptySkipsABuildWithoutTheUnitRegistry() {
        registryHasUnitsApi = false;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(out, "load", "--size", "1000", "--url", url(), "--if-empty")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no unit registry yet");
        assertThat(organisations).isEmpty();
    }

    @Test
    void aRefusedOrganisationStopsTheLoadWithTheProblemShown() {
        server.removeContext("/api/organisations");
        server.createContext("/api/organisations", ex -> respond(ex, 400,
                "{\"type\":\"/problems/invalid-input\",\"errors\":[{\"field\":\"sector\"}]}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(out, "load", "--size", "1000", "--url", url())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("HTTP 400").contains("invalid-input");
        assertThat(importedCsv).isNull();
    }

    @Test
    void sensitiveRecordsTheCallerMayNotKeepAreLeftOutAndTheRestLoads() throws IOException {
        server.removeContext("/api/organisations");
        server.createContext("/api/organisations", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean sensitive = RegistryClient.json(body).getBoolean("sensitive");
            if (sensitive) {
                respond(ex, 403, "{\"type\":\"/problems/forbidden\"}");
            } else {
                organisations.add(RegistryClient.json(body).getString("code"));
                respond(ex, 201, "{}");
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = run(out, "load", "--size", "1000", "--url", url());
        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isZero();
        assertThat(log).contains("sensitive units");
        assertThat(organisations).doesNotContain("FM").contains("REG-23");
        assertThat(bases).noneMatch(b -> b.startsWith("FM-"));
        assertThat(importedCsv).doesNotContain(",FM,").contains(",REG-23,");
        assertThat(new UnitRowValidator(organisations, bases).validate(new StringReader(importedCsv))).isEmpty();
    }

    @Test
    void anExpiredTokenIsFetchedAgainFromKeycloak() {
        AtomicInteger issued = new AtomicInteger();
        server.createContext("/realms/samverkan/protocol/openid-connect/token", ex -> {
            String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(form).contains("grant_type=password", "client_id=samverkan-cli", "username=coordinator");
            respond(ex, 200, "{\"access_token\":\"t" + issued.incrementAndGet() + "\"}");
        });
        // The registry accepts only the newest token, and has a new one issued after the organisations.
        server.removeContext("/api/bases");
        server.createContext("/api/bases", ex -> {
            if (issued.get() == 1) {
                issued.incrementAndGet(); // as if t1 had expired meanwhile
            }
            String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
            if (!auth.equals("Bearer t" + issued.get())) {
                ex.getRequestBody().readAllBytes();
                respond(ex, 401, "{}");
            } else {
                create(ex, bases);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = run(out, "load", "--size", "1000", "--url", url(), "--user", "coordinator", "--password", "demo",
                "--keycloak-url", url());
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(bases).isNotEmpty();
        assertThat(authorizations).contains("Bearer t1", "Bearer t3");
        // One sign-in at the start and one per expiry, never one per parallel post.
        assertThat(issued.get()).isEqualTo(3);
    }

    @Test
    void badArgumentsAreRefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(out, "load", "--size")).isEqualTo(2);
        assertThat(run(out, "unknown")).isEqualTo(2);
        assertThat(run(out, "load", "--user", "anna", "--url", url())).isEqualTo(2);
    }
}
