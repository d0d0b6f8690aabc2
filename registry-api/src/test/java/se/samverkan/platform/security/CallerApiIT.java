package se.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.testing.Http;
import se.samverkan.testing.SamverkanDeployment;
import se.samverkan.testing.Tokens;

/**
 * Real tokens from the running Keycloak for every demo user, checked by the shipped WAR on Payara Micro:
 * the roles arrive through the groups claim, region and hospital through their claims, and the public
 * addresses stay public.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallerApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    private URI at(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "viewer,             viewer,               ,   ",
        "editor-jamtland,    region-editor,        23, ",
        "editor-skane,       region-editor,        12, ",
        "coordinator,        national-coordinator, ,   ",
        "planner,            exercise-planner,     ,   ",
        "liaison,            defence-liaison,      ,   ",
        "reporter-ostersund, hospital-reporter,    ,   SE-23-OSTERSUND",
    })
    void everyDemoUserIsKnownWithRoleAndBinding(String user, String role, String region, String hospital) {
        String token = Tokens.forUser(user);
        JsonObject claims = Tokens.claims(token);
        assertThat(claims.getString("iss")).isEqualTo(Tokens.issuer());
        assertThat(claims.get("aud").toString()).contains("samverkan-api");

        HttpResponse<String> response = Http.get(at("api/me"), Http.bearer(token));

        JsonObject me = Http.object(Http.expect(response, 200, "application/json"));
        assertThat(me.getString("name")).isEqualTo(user);
        assertThat(me.getString("subject")).isEqualTo(claims.getString("sub"));
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString)).contains(role, Roles.VIEWER);
        assertThat(me.containsKey("region") ? me.getString("region") : null).isEqualTo(region);
        assertThat(me.containsKey("hospital") ? me.getString("hospital") : null).isEqualTo(hospital);
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemDetailsWithoutABasicChallenge() {
        HttpResponse<String> response = Http.get(at("api/me"));

        JsonObject problem = Http.problem(response, 401);
        assertThat(problem.getString("type")).isEqualTo("/problems/unauthorized");
        assertThat(problem.getString("instance")).endsWith("/api/me");
        assertThat(response.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.startsWith("Basic"))
                .anyMatch(v -> v.startsWith("Bearer"));
    }

    @Test
    void uiSettingsHealthAndOpenApiNeedNoToken() {
        assertThat(Http.get(at("api/ui/config")).statusCode()).isEqualTo(200);
        // Health and OpenAPI live at the server's root, outside the application's context.
        assertThat(Http.get(at("/health/live")).statusCode()).isEqualTo(200);
        assertThat(Http.get(at("/openapi")).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        HttpResponse<String> refused = Tokens.requestToken("coordinator", "not-the-password", Tokens.CLI_CLIENT);

        assertThat(refused.statusCode()).isEqualTo(401);
    }
}
