package se.samverkan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the shipped WAR on its own Payara Micro process, as {@code ./samverkan up} does, for tests that
 * need a server configured differently from the Arquillian one (for example without a database).
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final URI root;

    private PayaraMicroProcess(Process process, Path log, URI root) {
        this.process = process;
        this.log = log;
        this.root = root;
    }

    public static PayaraMicroProcess start(Map<String, String> environment) {
        try {
            int port = Ports.free();
            Path log = Files.createTempFile("payara-micro-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                    System.getProperty("payara.microJar", "target/payara-micro.jar"),
                    "--deploy", SamverkanDeployment.warFile().getAbsolutePath(), "--contextroot", "/",
                    "--port", String.valueOf(port), "--nocluster"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new PayaraMicroProcess(builder.start(), log, URI.create("http://127.0.0.1:" + port + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server answers its liveness check, or fails with the end of the server log. */
    public PayaraMicroProcess awaitLive(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (Http.get(root.resolve("health/live")).statusCode() == 200) {
                    return this;
                }
            } catch (RuntimeException notYet) {
                // connection refused while booting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro not live after " + timeout + ":\n" + logTail());
    }

    public URI root() {
        return root;
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        log.toFile().deleteOnExit();
    }
}
