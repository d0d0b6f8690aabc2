package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.testing.Http;
import se.samverkan.testing.Ports;
import se.samverkan.testing.PayaraMicroProcess;
import se.samverkan.testing.TcpForwarder;

/**
 * When the database goes away under a running application, readiness must go down and API calls must
 * answer a 503 problem detail a client can retry, rather than hang or show a stack trace; when the
 * database comes back, the application must serve data again without a restart. The database is put
 * behind a loopback forwarder that the test opens and closes.
 */
class DatabaseOutageIT {

    private static final URI DATABASE = URI.create(System.getProperty(
            "samverkan.db.url", "jdbc:postgresql://localhost:55432/samverkan_test").substring("jdbc:".length()));

    private static final String NEAREST = "api/units/nearest?lat=59.33&lon=18.06&n=5&capability=defibrillator";

    @Test
    void readinessAndApiFollowTheDatabaseDownAndBackUp() throws Exception {
        int port = Ports.free();
        Map<String, String> env = Map.of(
                "SAMVERKAN_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + DATABASE.getPath(),
                "SAMVERKAN_DB_USER", System.getProperty("samverkan.db.user", "samverkan"),
                "SAMVERKAN_DB_PASSWORD", System.getProperty("samverkan.db.password", "samverkan"));

        TcpForwarder database = TcpForwarder.start(port, DATABASE.getHost(), DATABASE.getPort());
        try (PayaraMicroProcess server = PayaraMicroProcess.start(env).awaitLive(Duration.ofMinutes(5))) {
            awaitReadiness(server, 200, Duration.ofSeconds(60));
            assertThat(Http.getAs("viewer", server.root().resolve("api/regions")).statusCode()).isEqualTo(200);
            // A search just before the outage: its pool checks a connection at most once a second, so the next
            // search may get the same, now broken, connection unchecked; it must still answer a 503 problem.
            assertThat(Http.getAs("viewer", server.root().resolve(NEAREST)).statusCode()).isEqualTo(200);

            database.close();
            HttpResponse<String> nearestAtOnce = Http.getAs("viewer", server.root().resolve(NEAREST));
            assertThat(Http.problem(nearestAtOnce, 503).getString("title")).isEqualTo("Database unavailable");

            HttpResponse<String> ready = awaitReadiness(server, 503, Duration.ofSeconds(30));
            JsonObject check = Http.object(ready).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
            assertThat(check.getString("status")).isEqualTo("DOWN");
            assertThat(check.getJsonObject("data").getString("reason")).contains("connect");

            HttpResponse<String> regions = Http.getAs("viewer", server.root().resolve("api/regions"));
            assertThat(Http.problem(regions, 503).getString("title")).isEqualTo("Database unavailable");
            assertThat(regions.headers().firstValue("Retry-After")).isPresent();
            // The nearest-unit search has a pool of its own (SamverkanDataSource): it must fail the same way.
            HttpResponse<String> nearest = Http.getAs("viewer", server.root().resolve(NEAREST));
            assertThat(Http.problem(nearest, 503).getString("title")).isEqualTo("Database unavailable");

            database = TcpForwarder.start(port, DATABASE.getHost(), DATABASE.getPort());
            awaitReadiness(server, 200, Duration.ofSeconds(60));
            HttpResponse<String> after = Http.getAs("viewer", server.root().resolve("api/regions"));
            assertThat(after.statusCode()).as(server.logTail()).isEqualTo(200);
            assertThat(Http.array(after)).hasSize(21);
            HttpResponse<String> nearestAfter = Http.getAs("viewer", server.root().resolve(NEAREST));
            assertThat(nearestAfter.statusCode()).as(server.logTail()).isEqualTo(200);
        } finally {
            database.close();
        }
    }

    private static HttpResponse<String> awaitReadiness(PayaraMicroProcess server, int status, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> ready = Http.get(server.root().resolve("health/ready"));
        while (ready.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            ready = Http.get(server.root().resolve("health/ready"));
        }
        assertThat(ready.statusCode()).as("readiness: %s\n%s", ready.body(), server.logTail()).isEqualTo(status);
        return ready;
    }
}
