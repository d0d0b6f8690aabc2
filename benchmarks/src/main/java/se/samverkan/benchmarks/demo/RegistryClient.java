package se.samverkan.benchmarks.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A small client of the registry's HTTP API (java.net.http): JSON and CSV posts, GETs, and an optional bearer
 * token, which it can fetch from Keycloak with the password grant of the {@code samverkan-cli} client.
 */
public final class RegistryClient {

    /** Where bearer tokens come from; null tokens mean none is sent. */
    @FunctionalInterface
    public interface TokenSource {
        String fetch() throws IOException, InterruptedException;
    }

    private final URI base;
    private final HttpClient http;
    private final TokenSource tokens;
    private volatile String token;
    private boolean fetched;

    public RegistryClient(URI base, String token) {
        this(base, () -> token);
    }

    /** A client that asks {@code tokens} again when the registry answers 401 (tokens expire within minutes). */
    public RegistryClient(URI base, TokenSource tokens) {
        this.base = base;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A token from Keycloak's password grant: {@code {keycloak}/realms/{realm}/protocol/openid-connect/token}. */
    public static String fetchToken(URI keycloak, String realm, String client, String user, String password)
            throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + encode(client) + "&username=" + encode(user)
                + "&password=" + encode(password);
        URI uri = keycloak.resolve("/realms/" + encode(realm) + "/protocol/openid-connect/token");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak refused the password grant for " + user + " (HTTP " + response.statusCode()
                    + "): " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    public HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return send(() -> request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Streams a CSV file as the request body (the file is never held in memory here). */
    public HttpResponse<String> postCsv(String path, Path csv) throws IOException, InterruptedException {
        return send(() -> request(path).header("Content-Type", "text/csv; charset=UTF-8")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(csv)));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(() -> request(path).header("Accept", "application/json").GET());
    }

    public URI resolve(String path) {
        return base.resolve(path);
    }

    private HttpRequest.Builder request(String path) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(60));
        String t = token;
        if (t != null && !t.isBlank()) {
            builder.header("Authorization", "Bearer " + t);
        }
        return builder;
    }

    @FunctionalInterface
    private interface RequestMaker {
        HttpRequest.Builder make() throws IOException;
    }

    /** Sends with the current token; on 401 fetches a new one and tries once more. */
    private HttpResponse<String> send(RequestMaker maker) throws IOException, InterruptedException {
        String used = currentToken(null);
        HttpResponse<String> response = http.send(maker.make().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 401) {
            String fresh = currentToken(used);
            if (fresh != null && !fresh.equals(used)) {
                response = http.send(maker.make().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        }
        return response;
    }

    /**
     * The token to use: fetched once by one thread while the others wait, and fetched again only when the
     * one that failed ({@code stale}) is still current. Keycloak's brute-force protection disables a user
     * who signs in several times within a second, which parallel posts would otherwise do.
     */
    private synchronized String currentToken(String stale) throws IOException, InterruptedException {
        if (!fetched || (stale != null && stale.equals(token))) {
            token = tokens.fetch();
            fetched = true;
        }
        return token;
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static Optional<JsonObject> jsonObject(String body) {
        try {
            return Optional.of(json(body));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
