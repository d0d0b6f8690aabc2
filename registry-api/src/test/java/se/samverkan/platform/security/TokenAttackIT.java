package se.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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
 * Tokens an attacker might present, against the real Keycloak and the shipped WAR on Payara Micro. Each
 * test first shows the endpoint accepts the genuine article, so a refusal is the check at work and not an
 * endpoint that refuses everything. The endpoints need a role (viewer, which every role includes).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokenAttackIT {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    private URI protectedEndpoint() {
        return URI.create(base.toString()).resolve("api/me");
    }

    private HttpResponse<String> callWith(String token) {
        return Http.get(protectedEndpoint(), Http.bearer(token));
    }

    /** 401 problem details and the Bearer challenge (never Basic, which would open a browser's login dialog). */
    private static void assertRefused(HttpResponse<String> response) {
        JsonObject problem = Http.problem(response, 401);
        assertThat(problem.getString("type")).isEqualTo("/problems/unauthorized");
        // One challenge, Bearer: the plain one without a token, with error="invalid_token" for a refused one.
        assertThat(response.headers().allValues("WWW-Authenticate")).singleElement().asString()
                .startsWith("Bearer realm=\"samverkan\"");
        assertThat(response.body()).doesNotContain("Exception", "at fish.payara");
    }

    @Test
    void noToken() {
        assertRefused(Http.get(protectedEndpoint()));
        assertRefused(Http.get(protectedEndpoint(), "Authorization", "Bearer "));
        assertRefused(Http.get(protectedEndpoint(), "Authorization", "Basic dmlld2VyOmRlbW8="));
    }

    @Test
    void expiredTokenWithAGenuineSignature() throws InterruptedException {
        String token = Tokens.fresh("viewer", Tokens.SHORT_LIVED_CLIENT);
        assertThat(callWith(token).statusCode()).as("the fresh token is accepted").isEqualTo(200);

        long expiry = Tokens.claims(token).getJsonNumber("exp").longValue();
        // Past exp plus the 5 s of clock skew the application tolerates, plus a margin.
        long waitMillis = (expiry + 5 + 2) * 1000 - System.currentTimeMillis();
        Thread.sleep(Math.max(0, waitMillis));

        assertRefused(callWith(token));
    }

    @Test
    void tokenFromAnotherIssuer() throws Exception {
        // A genuine Keycloak token of another realm (master): another issuer, signed with other keys.
        HttpResponse<String> master = Http.send(java.net.http.HttpRequest.newBuilder(
                        Tokens.keycloak().resolve("realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password="
                                + System.getProperty("samverkan.keycloak.admin.password", "admin"))));
        if (master.statusCode() == 200) {
            assertRefused(callWith(Http.object(master).getString("access_token")));
        }
        // And one an attacker signed with their own key, naming the realm's key id and another issuer.
        String genuine = Tokens.forUser("viewer");
        JsonObject claims = Tokens.claims(genuine);
        String forged = signWithOwnKey(header(genuine), with(claims, "iss", "https://attacker.invalid/realms/samverkan"));
        assertRefused(callWith(forged));
        assertThat(callWith(forged).headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"samverkan\", error=\"invalid_token\"");
    }

    @Test
    void tokenForAnotherAudience() {
        // Keycloak's built-in admin-cli client of the same realm: genuine signature and issuer, but no
        // samverkan-api audience.
        HttpResponse<String> response = Tokens.requestToken("coordinator", Tokens.DEMO_PASSWORD, "admin-cli");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = Http.object(response).getString("access_token");
        assertThat(Tokens.claims(token).getString("iss")).isEqualTo(Tokens.issuer());
        assertThat(String.valueOf(Tokens.claims(token).get("aud"))).doesNotContain("samverkan-api");

        assertRefused(callWith(token));
    }

    @Test
    void tamperedSignature() {
        String genuine = Tokens.forUser("editor-jamtland");
        assertThat(callWith(genuine).statusCode()).isEqualTo(200);
        String[] parts = genuine.split("\\.");

        // Claims changed (another region, more roles), the original signature kept.
        JsonObject claims = Tokens.claims(genuine);
        JsonObject escalated = Json.createObjectBuilder(claims).add("region", "12")
                .add("groups", Json.createArrayBuilder(List.of("viewer", "national-coordinator"))).build();
        assertRefused(callWith(parts[0] + "." + encode(escalated.toString()) + "." + parts[2]));

        // The signature itself altered.
        byte[] signature = B64D.decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        assertRefused(callWith(parts[0] + "." + parts[1] + "." + B64.encodeToString(signature)));
    }

    @Test
    void unsignedTokenWithAlgNone() {
        String genuine = Tokens.forUser("viewer");
        String payload = genuine.split("\\.")[1];

        assertRefused(callWith(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + "."));
        assertRefused(callWith(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload));
        assertRefused(callWith(encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + payload + "." + encode("x")));
    }

    @Test
    void garbage() {
        assertRefused(callWith("not-a-token"));
        assertRefused(callWith("a.b.c"));
    }

    private static String header(String token) {
        return new String(B64D.decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    }

    private static JsonObject with(JsonObject claims, String name, String value) {
        return Json.createObjectBuilder(claims).add(name, value)
                .add("exp", Instant.now().plusSeconds(300).getEpochSecond()).build();
    }

    private static String signWithOwnKey(String header, JsonObject claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair attacker = generator.generateKeyPair();
        String input = encode(header) + "." + encode(claims.toString());
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(attacker.getPrivate());
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(rs256.sign());
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
