package se.samverkan.benchmarks.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Http11ConnectionTest {

    private HttpServer server;
    private URI base;
    private final Set<String> peers = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", ex -> {
            peers.add(ex.getRemoteAddress().toString());
            String query = ex.getRequestURI().getQuery();
            String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
            byte[] body = body(query, auth).getBytes(StandardCharsets.UTF_8);
            if (query.contains("close")) {
                ex.getResponseHeaders().add("Connection", "close");
            }
            // Length 0 makes this server send the body chunked.
            ex.sendResponseHeaders(query.contains("missing") ? 404 : 200, query.contains("chunked") ? 0 : body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Large enough to span several reads and chunks. */
    private static String body(String query, String auth) {
        return "{\"q\":\"" + query + "\",\"auth\":\"" + auth + "\",\"pad\":\"" + "x".repeat(100_000) + "\"}";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsSizedAndChunkedBodiesWholeOverOneKeptConnection() throws Exception {
        try (Http11Connection http = new Http11Connection(base, "Authorization: Bearer t0k")) {
            Http11Connection.Answer sized = http.get("/a?sized");
            Http11Connection.Answer chunked = http.get("/a?chunked");
            Http11Connection.Answer missing = http.get("/a?missing");

            assertThat(sized.status()).isEqualTo(200);
            assertThat(sized.text().equals(body("sized", "Bearer t0k"))).as("whole sized body").isTrue();
            assertThat(chunked.status()).isEqualTo(200);
            assertThat(chunked.text().equals(body("chunked", "Bearer t0k"))).as("whole chunked body").isTrue();
            assertThat(missing.status()).isEqualTo(404);
            assertThat(peers).as("one keep-alive connection for all three").hasSize(1);
        }
    }

    @Test
    void opensANewConnectionWhenTheServerClosesOne() throws Exception {
        try (Http11Connection http = new Http11Connection(base)) {
            assertThat(http.get("/a?close").status()).isEqualTo(200);
            assertThat(http.get("/a?after").text().equals(body("after", "null"))).isTrue();
            assertThat(peers).hasSize(2);
        }
    }
}
