package se.samverkan.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Http;
import se.samverkan.testing.SamverkanDeployment;
import se.samverkan.testing.Tokens;

/**
 * Security headers on every kind of response (static files, JSON, problem details from JAX-RS and from
 * the container), CORS closed by default, and the request body limit, on the shipped WAR. Chunked
 * bodies are counted while they are read (BodySizeLimitsTest); no endpoint reads a body yet to try them on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHardeningIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    private URI at(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String what = response.request().uri() + " answering " + response.statusCode();
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as("CSP of %s", what).contains("default-src 'self'", "script-src 'self'",
                "frame-ancestors 'none'", "connect-src 'self' " + Tokens.keycloak().toString().replaceAll("/$", ""));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        assertSecurityHeaders(Http.get(at("")));                       // the UI page
        assertSecurityHeaders(Http.get(at("app.js")));                 // a static file
        assertSecurityHeaders(Http.get(at("api/ui/config")));          // public JSON
        assertSecurityHeaders(Http.getAs("viewer", at("api/regions/23")));
        assertSecurityHeaders(Http.get(at("api/regions/23")));         // 401 from JAX-RS
        assertSecurityHeaders(Http.get(at("api/regions/23"), Http.bearer("not.a.token"))); // 401 from the container
        assertSecurityHeaders(Http.getAs("viewer", at("api/no-such-thing")));              // 404 problem
        assertSecurityHeaders(Http.get(at("no-such-file.css")));        // 404 of a static file
    }

    @Test
    void corsStaysClosedUnlessConfigured() {
        HttpResponse<String> simple = Http.get(at("api/ui/config"), "Origin", "https://evil.example");
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(at("api/regions"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).isEmpty();
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413BeforeItIsRead() throws IOException {
        String answer = postHeadersOnly(at("api/regions"), (1L << 20) + 1);

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("application/problem+json").contains("/problems/payload-too-large")
                .contains("1 MiB").containsIgnoringCase("Content-Security-Policy");
    }

    @Test
    void importsMayBeLarger() throws IOException {
        // 100 MiB announced to an import address: not refused for its size (the address itself does not exist).
        String answer = postHeadersOnly(at("api/units/import"), 100L << 20);
        assertThat(answer).doesNotStartWith("HTTP/1.1 413");

        String tooLarge = postHeadersOnly(at("api/units/import"), (256L << 20) + 1);
        assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("256 MiB");
    }

    @Test
    void aSmallBodyPassesTheLimit() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(at("api/regions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.forUser("viewer"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"99\"}")));

        JsonObject problem = Http.problem(response, 405);
        assertThat(problem.getString("type")).isNotEqualTo("/problems/payload-too-large");
    }

    /**
     * Sends only the request head announcing a body of this length and reads the answer: the server must
     * answer without waiting for a body it is going to refuse anyway.
     */
    private static String postHeadersOnly(URI uri, long contentLength) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + contentLength + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            java.io.InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            // The head, up to the empty line; then as many body bytes as Content-Length names. The server
            // answers without reading the announced body, so the connection stays open: never read to its end.
            while (!answer.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                answer.append((char) b);
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer);
            if (length.find()) {
                answer.append(new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8));
            }
            return answer.toString();
        }
    }
}
