package se.samverkan.hospitals.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import se.samverkan.testing.Tokens;

/** A test's subscription to {@code /api/hospitals/events}: the lines as they arrive, and a wait for one hospital. */
final class CapacityEventStream implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> stream;

    private CapacityEventStream(URI events, String user) {
        HttpRequest subscribe = HttpRequest.newBuilder(events)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + Tokens.forUser(user))
                .GET().build();
        stream = CLIENT.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(lines::add));
    }

    /** Subscribes and waits until the server has opened the stream (its first comment line). */
    static CapacityEventStream open(URI events, String user) throws InterruptedException {
        CapacityEventStream s = new CapacityEventStream(events, user);
        String first = s.lines.poll(30, TimeUnit.SECONDS);
        if (first == null || !first.startsWith(":")) {
            s.close();
            throw new AssertionError("the event stream did not open with a comment line: " + first);
        }
        return s;
    }

    /** The data line of the next capacity event of this hospital; fails after the timeout. */
    String awaitEventOf(String hospital, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            String line = lines.poll(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("data:") && line.contains("\"code\":\"" + hospital + "\"")) {
                return line;
            }
        }
        throw new AssertionError("no capacity event of " + hospital + " within " + timeoutMillis + " ms");
    }

    @Override
    public void close() {
        stream.cancel(true);
    }
}
