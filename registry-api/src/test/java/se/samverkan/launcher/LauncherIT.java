package se.samverkan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkan.testing.Http;
import se.samverkan.testing.Ports;

/**
 * {@code ./samverkan up}, {@code status} and {@code down} as a user runs them: a cluster of its own in a
 * throw-away state folder on free ports, so the test never touches a developer's running system. Checks
 * what issue 2 promises: it starts and serves the regions, a second {@code up} is harmless, it recovers
 * after both processes were killed, and {@code down} leaves nothing running.
 */
class LauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("samverkan.root", "..")).toAbsolutePath().normalize();

    private Path state;
    private Path pgdata;
    private Map<String, String> env;
    private int httpPort;

    @BeforeEach
    void isolatedState() throws IOException {
        state = Files.createDirectories(ROOT.resolve("registry-api/target/launcher-it"));
        // The server runs as 'postgres', which may not reach into the checkout; /tmp it always reaches.
        pgdata = Path.of("/tmp", "samverkan-launcher-it-" + ProcessHandle.current().pid(), "pgdata");
        httpPort = Ports.free();
        env = Map.of(
                "SAMVERKAN_STATE_DIR", state.toString(),
                "SAMVERKAN_PGDATA", pgdata.toString(),
                "SAMVERKAN_DB_PORT", String.valueOf(Ports.free()),
                "SAMVERKAN_HTTP_PORT", String.valueOf(httpPort),
                "SAMVERKAN_KEYCLOAK_PORT", String.valueOf(Ports.free()),
                "SAMVERKAN_SKIP_BUILD", "1");
    }

    @AfterEach
    void stopEverythingAndRemoveTheCluster() throws IOException {
        run("down");
        try (var files = Files.walk(pgdata.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void upServesTheRegionsSurvivesARepeatAndACrashAndDownStopsEverything() throws Exception {
        Result first = run("up");
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).containsPattern("ready in [0-9.]+ s").contains("http://localhost:" + httpPort + "/");
        assertServesRegions();
        assertThat(first.output()).contains("editor-jamtland", "region-editor", "token coordinator");
        long appPid = pid(state.resolve("run/payara.pid"));
        long dbPid = pid(pgdata.resolve("postmaster.pid"));
        long keycloakPid = pid(state.resolve("run/keycloak.pid"));

        Result again = run("up");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("already running");
        assertThat(pid(state.resolve("run/payara.pid"))).as("the second up keeps the running application").isEqualTo(appPid);
        assertThat(pid(pgdata.resolve("postmaster.pid"))).as("the second up keeps the running database").isEqualTo(dbPid);
        assertThat(pid(state.resolve("run/keycloak.pid"))).as("the second up keeps the running Keycloak").isEqualTo(keycloakPid);

        // A crash: both processes die without cleaning up their pid files.
        kill(appPid);
        kill(dbPid);
        Result recovered = run("up");
        assertThat(recovered.exitCode()).as(recovered.output()).isZero();
        assertServesRegions();
        Result status = run("status");
        assertThat(status.output()).contains("running").contains("UP").contains("realm samverkan UP");

        long newAppPid = pid(state.resolve("run/payara.pid"));
        long newDbPid = pid(pgdata.resolve("postmaster.pid"));
        Result down = run("down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        awaitGone(newAppPid);
        awaitGone(newDbPid);
        awaitGone(keycloakPid);
        assertThat(run("down").exitCode()).as("down with nothing running").isZero();
    }

    /** Through a token of the launcher's own Keycloak, fetched the documented way: ./samverkan token. */
    private void assertServesRegions() {
        Result token = run("token", "viewer");
        assertThat(token.exitCode()).as(token.output()).isZero();
        URI regionsUri = URI.create("http://localhost:" + httpPort + "/api/regions");
        assertThat(Http.get(regionsUri).statusCode()).as("without a token").isEqualTo(401);
        var regions = Http.get(regionsUri, Http.bearer(token.output().strip().lines().reduce((a, b) -> b).orElseThrow()));
        assertThat(regions.statusCode()).isEqualTo(200);
        assertThat(Http.array(regions)).hasSize(21);
    }

    private Result run(String command, String... arguments) {
        try {
            Path output = Files.createTempFile("samverkan-" + command, ".out");
            java.util.List<String> commandLine = new java.util.ArrayList<>(java.util.List.of(ROOT.resolve("samverkan").toString(), command));
            commandLine.addAll(java.util.List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(commandLine)
                    .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            // Generous: up now waits for Keycloak too, and the machine is shared.
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("./samverkan " + command + " did not finish in 600 s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long pid(Path pidFile) throws IOException {
        return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    }

    private static void kill(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** Gone means no process, or only a zombie waiting for its parent (the launcher detached it). */
    private static void awaitGone(long pid) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (isRunning(pid) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(isRunning(pid)).as("process %d still running", pid).isFalse();
    }

    private static boolean isRunning(long pid) {
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        try {
            String text = Files.readString(stat);
            char processState = text.charAt(text.lastIndexOf(')') + 2);
            return processState != 'Z' && processState != 'X';
        } catch (IOException gone) {
            return false;
        }
    }

    private record Result(int exitCode, String output) {
    }
}
