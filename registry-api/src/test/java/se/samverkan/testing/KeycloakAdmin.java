package se.samverkan.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Changes to the running demo realm that a test needs, through Keycloak's admin API (bootstrap user
 * {@code admin}; password from {@code samverkan.keycloak.admin.password}, default "admin"). The realm file
 * names only the application's origin of {@code ./samverkan up}; a browser test whose server runs on a
 * random port adds that origin to the web client, which is what an operator does for a new address.
 */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /** Lets the web client redirect to, and call Keycloak from, this origin (e.g. http://localhost:41234). */
    public static void allowWebClientOrigin(String origin) {
        String token = adminToken();
        URI clients = Tokens.keycloak().resolve("admin/realms/" + Tokens.REALM + "/clients?clientId=samverkan-ui");
        JsonObject client = Http.array(check(Http.get(clients, Http.bearer(token)))).getJsonObject(0);
        JsonObject updated = Json.createObjectBuilder(client)
                .add("redirectUris", append(client, "redirectUris", origin + "/*"))
                .add("webOrigins", append(client, "webOrigins", origin))
                .build();
        URI self = Tokens.keycloak().resolve("admin/realms/" + Tokens.REALM + "/clients/" + client.getString("id"));
        check(Http.send(HttpRequest.newBuilder(self).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(updated.toString()))));
    }

    private static JsonArrayBuilder append(JsonObject client, String list, String value) {
        Set<String> values = new LinkedHashSet<>(client.getJsonArray(list).getValuesAs(JsonString::getString));
        values.add(value);
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static String adminToken() {
        String password = System.getProperty("samverkan.keycloak.admin.password", "admin");
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(
                        Tokens.keycloak().resolve("realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        return Http.object(check(response)).getString("access_token");
    }

    private static HttpResponse<String> check(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak admin API: " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
