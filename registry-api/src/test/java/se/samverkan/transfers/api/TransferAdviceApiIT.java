package se.samverkan.transfers.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
import se.samverkan.testing.Http;
import se.samverkan.testing.SamverkanDeployment;
import se.samverkan.testing.Tokens;

/**
 * {@code POST /api/transfers/advice} end to end on the shipped WAR with real Keycloak tokens of the demo users
 * ({@link Tokens}): refused without a token; for signed-in roles advice, "no adequate mode" and problems
 * naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransferAdviceApiIT {

    private static final String LYING_BASIC_KIRUNA_UMEA = """
            {"from": "SE-25-KIRUNA", "to": "SE-24-UMEA", "need": "LYING_BASIC", "priority": "PRIO_3",
             "earliest": "2026-11-25T08:00"}""";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SamverkanDeployment.war();
    }

    private URI advice() {
        return URI.create(base.toString()).resolve("api/transfers/advice");
    }

    @Test
    void withoutATokenTheCallIsA401ProblemWithoutABasicChallenge() {
        HttpResponse<String> response = Http.post(advice(), LYING_BASIC_KIRUNA_UMEA);

        assertThat(Http.problem(response, 401).getString("instance")).endsWith("/api/transfers/advice");
        assertThat(response.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.startsWith("Basic"));
    }

    @Test
    void aViewerGetsTheCheapestAdequateModeFirstWithTheReasonsForTheOthers() {
        HttpResponse<String> response = Http.post(advice(), LYING_BASIC_KIRUNA_UMEA, "Authorization", bearer("viewer"));

        Http.expect(response, 200, "application/json");
        JsonObject advice = Http.object(response);
        assertThat(advice.getString("region")).isEqualTo("25");
        assertThat(advice.getString("latest")).startsWith("2026-11-27T08:00");
        JsonObject recommended = advice.getJsonObject("recommended");
        double cheapest = recommended.getJsonNumber("costSek").doubleValue();
        assertThat(recommended.getBoolean("adequate")).isTrue();
        for (JsonObject alternative : advice.getJsonArray("alternatives").getValuesAs(JsonObject.class)) {
            assertThat(alternative.getJsonNumber("costSek").doubleValue()).isGreaterThanOrEqualTo(cheapest);
        }
        assertThat(advice.getJsonArray("ruledOut").getValuesAs(JsonObject.class))
                .anySatisfy(o -> {
                    assertThat(o.getString("mode")).isEqualTo("TAXI");
                    assertThat(o.getJsonArray("reasons").getString(0)).startsWith("not medically adequate");
                });
        assertThat(advice).doesNotContainKey("noAdequateMode");
    }

    @Test
    void everySignedInRoleMayAsk() {
        for (String user : new String[] {"viewer", "editor-jamtland", "coordinator", "planner", "liaison", "reporter-ostersund"}) {
            HttpResponse<String> response = Http.post(advice(), LYING_BASIC_KIRUNA_UMEA, "Authorization", bearer(user));
            assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void aNeedNoModeCanServeInTimeIsA200WithNoAdequateModeAndTheReason() {
        HttpResponse<String> response = Http.post(advice(), """
                {"from": "SE-25-SUNDERBY", "to": "SE-24-UMEA", "need": "NEONATAL", "priority": "PRIO_1",
                 "earliest": "2026-11-25T08:00", "latest": "2026-11-25T09:00"}""", "Authorization", bearer("coordinator"));

        Http.expect(response, 200, "application/json");
        JsonObject advice = Http.object(response);
        assertThat(advice).doesNotContainKey("recommended");
        assertThat(advice.getString("noAdequateMode")).contains("a newborn in an incubator");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String token = bearer("editor-jamtland");

        assertField(Http.post(advice(), LYING_BASIC_KIRUNA_UMEA.replace("SE-24-UMEA", "SE-24-NOWHERE"), "Authorization", token),
                "to", "unknown hospital 'SE-24-NOWHERE'");
        assertField(Http.post(advice(), LYING_BASIC_KIRUNA_UMEA.replace("SE-24-UMEA", "SE-25-KIRUNA"), "Authorization", token),
                "to", "same place as from");
        assertField(Http.post(advice(), LYING_BASIC_KIRUNA_UMEA.replace("\"PRIO_3\",", "\"PRIO_3\", \"latest\": \"2026-11-24T08:00\","),
                "Authorization", token), "latest", "the window ends");
        assertField(Http.post(advice(), "{}", "Authorization", token), "from", "is missing");
    }

    private static void assertField(HttpResponse<String> response, String field, String reason) {
        JsonObject error = Http.problem(response, 400).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo(field);
        assertThat(error.getString("reason")).contains(reason);
    }

    /** The Authorization header value for a demo user of the samverkan realm. */
    private static String bearer(String user) {
        return Http.bearer(Tokens.forUser(user))[1];
    }
}
