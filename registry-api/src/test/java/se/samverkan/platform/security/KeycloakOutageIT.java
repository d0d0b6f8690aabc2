package se.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.testing.Http;
import se.samverkan.testing.PayaraMicroProcess;
import se.samverkan.testing.Ports;
import se.samverkan.testing.TcpForwarder;
import se.samverkan.testing.Tokens;

/**
 * Keycloak goes away while the application runs: tokens it issued before keep working until they expire,
 * because the application keeps the last signing keys it fetched. The application reaches Keycloak through
 * a forwarder the test closes, which from the application's side is the same as Keycloak stopping,
 * without stopping the Keycloak other tests share. The server is also started with a CORS origin
 * configured, to check that case without a server of its own.
 */
class KeycloakOutageIT {

    @Test
    void tokensIssuedBeforeKeepWorkingWhileKeycloakIsAway() throws Exception {
        URI keycloak = Tokens.keycloak();
        int forwarderPort = Ports.free();
        TcpForwarder keycloakLink = TcpForwarder.start(forwarderPort, keycloak.getHost(), keycloak.getPort());
        String jwks = "http://127.0.0.1:" + forwarderPort + "/realms/" + Tokens.REALM + "/protocol/openid-connect/certs";
        // The environment overrides the application's microprofile-config.properties (checked here too).
        try (PayaraMicroProcess server = PayaraMicroProcess.start(Map.of(
                "SAMVERKAN_KEYCLOAK_JWKS_URL", jwks,
                "SAMVERKAN_KEYCLOAK_JWKS_REFRESH_SECONDS", "1",
                "SAMVERKAN_CORS_ALLOWED_ORIGINS", "https://gis.example.se"))) {
            server.awaitLive(Duration.ofMinutes(8)); // generous: a busy shared machine
            URI me = server.root().resolve("api/me");
            String token = Tokens.fresh("coordinator", Tokens.CLI_CLIENT);
            assertThat(Http.get(me, Http.bearer(token)).statusCode()).as(server.logTail()).isEqualTo(200);
            assertCorsOpensOnlyToTheConfiguredOrigin(me);

            keycloakLink.close();
            // Longer than Payara's key cache (10 s) and several failed refreshes of the keys (every 5 s).
            Thread.sleep(16_000);

            assertThat(Http.get(me, Http.bearer(token)).statusCode())
                    .as("a token issued before the outage, presented during it").isEqualTo(200);
            assertThat(server.logTail()).contains("cannot fetch the signing keys").contains("keeping the keys fetched at");
            // New sign-ins fail: nothing answers at Keycloak's address any more.
            assertThatThrownBy(() -> Http.send(HttpRequest.newBuilder(URI.create(jwks)).GET()))
                    .isInstanceOf(java.io.UncheckedIOException.class);
        } finally {
            keycloakLink.close();
        }
    }

    /** The same server, started with SAMVERKAN_CORS_ALLOWED_ORIGINS: one named origin may call, others not. */
    private static void assertCorsOpensOnlyToTheConfiguredOrigin(URI uri) {
        var preflight = Http.send(HttpRequest.newBuilder(uri).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://gis.example.se").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://gis.example.se");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")).contains("Authorization");
        var other = Http.get(uri, "Origin", "https://evil.example");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
