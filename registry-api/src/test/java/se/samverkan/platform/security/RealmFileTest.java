package se.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The realm file Keycloak imports (config/keycloak/samverkan-realm.json) against what the application
 * expects of it, and against the demo users the launcher prints and the README lists.
 */
class RealmFileTest {

    private static final Path ROOT = Path.of(System.getProperty("samverkan.root", "..")).toAbsolutePath().normalize();

    private final JsonObject realm = read(ROOT.resolve("config/keycloak/samverkan-realm.json"));

    @Test
    void theRealmHasExactlyTheApplicationsRolesAndEachIncludesViewer() {
        List<JsonObject> roles = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class);

        assertThat(roles.stream().map(r -> r.getString("name"))).containsExactlyInAnyOrder(Roles.VIEWER,
                Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER, Roles.DEFENCE_LIAISON,
                Roles.HOSPITAL_REPORTER);
        roles.stream().filter(r -> !r.getString("name").equals(Roles.VIEWER)).forEach(role ->
                assertThat(strings(role.getJsonObject("composites").getJsonArray("realm")))
                        .as("composites of %s", role.getString("name")).containsExactly(Roles.VIEWER));
    }

    @Test
    void theWebClientUsesTheCodeFlowWithPkceOnly() {
        JsonObject ui = client("samverkan-ui");

        assertThat(ui.getBoolean("publicClient")).isTrue();
        assertThat(ui.getBoolean("standardFlowEnabled")).isTrue();
        assertThat(ui.getBoolean("implicitFlowEnabled")).isFalse();
        assertThat(ui.getBoolean("directAccessGrantsEnabled")).isFalse();
        assertThat(ui.getJsonObject("attributes").getString("pkce.code.challenge.method")).isEqualTo("S256");
    }

    @Test
    void onlyTheCommandLineAndTestClientsHaveThePasswordGrant() {
        Set<String> withPasswordGrant = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getBoolean("directAccessGrantsEnabled", false))
                .map(c -> c.getString("clientId")).collect(Collectors.toSet());

        assertThat(withPasswordGrant).containsExactlyInAnyOrder("samverkan-cli", "samverkan-test-short-lived");
        assertThat(client("samverkan-test-short-lived").getJsonObject("attributes").getString("access.token.lifespan"))
                .isEqualTo("2");
    }

    @Test
    void everyClientPutsRolesRegionHospitalAndTheAudienceIntoTheToken() {
        for (JsonObject client : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
            List<JsonObject> mappers = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class);
            Set<String> claims = mappers.stream().map(m -> m.getJsonObject("config"))
                    .filter(c -> c.containsKey("claim.name")).map(c -> c.getString("claim.name"))
                    .collect(Collectors.toSet());
            assertThat(claims).as(client.getString("clientId"))
                    .contains("groups", Roles.REGION_CLAIM, Roles.HOSPITAL_CLAIM);
            assertThat(mappers).as(client.getString("clientId")).anySatisfy(m -> {
                assertThat(m.getString("protocolMapper")).isEqualTo("oidc-audience-mapper");
                assertThat(m.getJsonObject("config").getString("included.custom.audience")).isEqualTo("samverkan-api");
            });
        }
    }

    @Test
    void theLauncherAndTheReadmeListEveryDemoUserWithTheirRole() throws IOException {
        String launcher = Files.readString(ROOT.resolve("samverkan"));
        String readme = Files.readString(ROOT.resolve("README.md"));

        for (JsonObject user : realm.getJsonArray("users").getValuesAs(JsonObject.class)) {
            String name = user.getString("username");
            String role = strings(user.getJsonArray("realmRoles")).get(0);
            assertThat(launcher).as("./samverkan up prints %s", name).containsPattern("\\n\\s+" + name + "\\s+" + role + "\\b");
            assertThat(readme).as("README lists %s", name).contains("| `" + name + "` | " + role + " |");
            if (role.equals(Roles.REGION_EDITOR)) {
                String region = user.getJsonObject("attributes").getJsonArray("region").getString(0);
                assertThat(region).matches("\\d{2}");
                assertThat(readme).contains("| `" + name + "` | " + role + " | region `" + region + "`");
            }
        }
    }

    private JsonObject client(String clientId) {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals(clientId)).findFirst().orElseThrow();
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject read(Path file) {
        try (Reader text = Files.newBufferedReader(file); JsonReader reader = Json.createReader(text)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
