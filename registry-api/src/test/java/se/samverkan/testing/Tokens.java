package se.samverkan.testing;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the running Keycloak for the demo users of config/keycloak/samverkan-realm.json
 * (password grant of the samverkan-cli client, enabled in the demo realm only). Keycloak's address comes
 * from the system property {@code samverkan.keycloak.url}, which {@code ./samverkan test} sets to its own
 * test instance; from Maven alone it is http://localhost:8180, the Keycloak of {@code ./samverkan up}.
 *
 * <pre>
 * Http.get(uri, Http.bearer(Tokens.forUser("coordinator")))
 * </pre>
 */
public final class Tokens {

    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "demo";
    public static final String REALM = "samverkan";
    public static final String CLI_CLIENT = "samverkan-cli";
    /** A client of the demo realm whose access tokens expire 2 s after they are issued. */
    public static final String SHORT_LIVED_CLIENT = "samverkan-test-short-lived";

    /** Tokens live 300 s; a cached one is reused while it has at least this much life left. */
    private static final Duration REUSE_WHILE = Duration.ofSeconds(120);

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant fetched) {
    }

    private Tokens() {
    }

    /** Keycloak's base address, e.g. http://localhost:8180. */
    public static URI keycloak() {
        String url = System.getProperty("samverkan.keycloak.url", "http://localhost:8180");
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** The issuer the realm's tokens carry. */
    public static String issuer() {
        return keycloak().resolve("realms/" + REALM).toString();
    }

    public static URI tokenEndpoint() {
        return keycloak().resolve("realms/" + REALM + "/protocol/openid-connect/token");
    }

    /** An access token of a demo user ("viewer", "coordinator", "editor-jamtland", ...), cached a while. */
    public static String forUser(String user) {
        Cached cached = CACHE.get(user);
        if (cached != null && cached.fetched().plus(REUSE_WHILE).isAfter(Instant.now())) {
            return cached.token();
        }
        String token = fresh(user, CLI_CLIENT);
        CACHE.put(user, new Cached(token, Instant.now()));
        return token;
    }

    /** A newly issued access token of a demo user through the given client, never cached. */
    public static String fresh(String user, String client) {
        HttpResponse<String> response = requestToken(user, DEMO_PASSWORD, client);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak at " + keycloak() + " gave no token for " + user + " ("
                    + response.statusCode() + "): " + response.body()
                    + "\nIs it running? ./samverkan keycloak-up, or run the tests with ./samverkan test");
        }
        return Http.object(response).getString("access_token");
    }

    /** The raw answer of the token endpoint to a password grant (for tests of refused sign-ins). */
    public static HttpResponse<String> requestToken(String user, String password, String client) {
        String form = Map.of("grant_type", "password", "client_id", client, "username", user, "password", password)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Http.send(HttpRequest.newBuilder(tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The claims of a token, decoded without any check (for assertions about what Keycloak issued). */
    public static JsonObject claims(String token) {
        String[] parts = token.split("\\.");
        return Http.parseObject(new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
