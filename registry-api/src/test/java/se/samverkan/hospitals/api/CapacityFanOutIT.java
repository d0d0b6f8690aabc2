package se.samverkan.hospitals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Http;
import se.samverkan.testing.PayaraMicroProcess;
import se.samverkan.testing.SamverkanDeployment;

/**
 * Two application instances on one database, as behind a load balancer: a capacity report stored through
 * the second reaches a subscriber of the first within a second, through PostgreSQL LISTEN/NOTIFY alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CapacityFanOutIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    @Test
    void aReportToOneInstanceReachesTheSubscribersOfAnother() throws Exception {
        // The second instance inherits SAMVERKAN_KEYCLOAK_URL from the test's environment (set by failsafe).
        Map<String, String> env = Map.of(
                "SAMVERKAN_DB_URL", System.getProperty("samverkan.db.url"),
                "SAMVERKAN_DB_USER", System.getProperty("samverkan.db.user", "samverkan"),
                "SAMVERKAN_DB_PASSWORD", System.getProperty("samverkan.db.password", "samverkan"));
        try (PayaraMicroProcess second = PayaraMicroProcess.start(env).awaitLive(Duration.ofSeconds(240));
             CapacityEventStream events = CapacityEventStream.open(
                     URI.create(base.toString()).resolve("api/hospitals/events"), "viewer")) {
            URI report = second.root().resolve("api/hospitals/SE-21-GAVLE/capacity");
            HttpResponse<String> warmUp = awaitReady(report);
            assertThat(warmUp.statusCode()).as(second.logTail()).isEqualTo(201);
            events.awaitEventOf("SE-21-GAVLE", 10_000);
            for (int i = 0; i < 3; i++) { // a freshly started instance answers its first requests slowly
                HospitalApiIT.send(report, "PUT", "coordinator", "application/json",
                        HospitalApiIT.icuReport(Instant.now().minusSeconds(20), 7));
                events.awaitEventOf("SE-21-GAVLE", 10_000);
            }

            HttpResponse<String> stored = HospitalApiIT.send(report, "PUT", "coordinator", "application/json",
                    HospitalApiIT.icuReport(Instant.now().minusSeconds(5), 9));
            String data = events.awaitEventOf("SE-21-GAVLE", 5_000);
            Instant arrived = Instant.now();

            assertThat(stored.statusCode()).isEqualTo(201);
            assertThat(data).contains("\"available\":9");
            // From the moment the second instance took the report (its receivedAt; same machine, same clock)
            // to the event on the first: transaction commit, NOTIFY, LISTEN, read back, SSE.
            Instant received = Instant.parse(Http.object(stored).getString("receivedAt"));
            long millis = Duration.between(received, arrived).toMillis();
            assertThat(millis).as("report taken by the second instance to event on the first, ms").isLessThan(1000);
            System.out.printf("capacity event crossed instances %d ms after the report was taken%n", millis);
        }
    }

    /** The second instance is live before its persistence unit is; retry the first report until it is stored. */
    private static HttpResponse<String> awaitReady(URI report) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        HttpResponse<String> response;
        do {
            response = HospitalApiIT.send(report, "PUT", "coordinator", "application/json",
                    HospitalApiIT.icuReport(Instant.now().minusSeconds(30), 8));
            if (response.statusCode() == 201) {
                return response;
            }
            Thread.sleep(1000);
        } while (System.currentTimeMillis() < deadline);
        return Http.expect(response, 201, "application/json");
    }
}
