package se.samverkan.benchmarks.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;

class LoadDriverTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @Test
    void timesAnswersFromSeveralClientsAndCountsRefusalsAsErrors() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        AtomicInteger served = new AtomicInteger();
        server.createContext("/", ex -> {
            served.incrementAndGet();
            int status = ex.getRequestURI().getQuery().contains("fail") ? 503 : 200;
            byte[] body = "{}".getBytes();
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            LoadDriver.Result result = new LoadDriver(base, "Accept: application/json").run("t", 3, Duration.ZERO,
                    Duration.ofSeconds(3), 1, (random, i) -> "/x?" + (i % 2 == 1 ? "fail" : "ok"));
            assertThat(result.clients()).isEqualTo(3);
            assertThat(result.latencies().count()).isPositive();
            assertThat(result.errors()).isPositive();
            assertThat(result.firstError()).contains("HTTP 503");
            assertThat(result.latencies().count() + result.errors()).isLessThanOrEqualTo(served.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void requestPathsFollowTheApiContract() {
        assertThat(RegistryBenchmark.nearestPath(new GeoPoint(63.18, 14.64), 20, "ventilator"))
                .isEqualTo("/api/units/nearest?lat=63.180000&lon=14.640000&n=20&capability=ventilator");
        assertThat(RegistryBenchmark.listPath(new java.util.SplittableRandom(1))).startsWith("/api/units?region=")
                .endsWith("&limit=50");
    }
}
