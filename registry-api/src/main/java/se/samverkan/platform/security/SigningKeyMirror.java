package se.samverkan.platform.security;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches the realm's signing keys (JWKS) from Keycloak at start and then every
 * {@code samverkan.keycloak.jwks-refresh-seconds}, and keeps the last good copy in {@link SigningKeyFile}.
 * A failed fetch changes nothing: tokens signed with known keys keep being accepted while Keycloak is
 * away (until they expire), and a rotated key is picked up at the next successful fetch.
 */
@ApplicationScoped
public class SigningKeyMirror {

    private static final Logger LOG = Logger.getLogger(SigningKeyMirror.class.getName());
    /** Until the first keys arrived (Keycloak may start after the application), ask more often. */
    private static final long RETRY_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "samverkan.keycloak.jwks-url")
    String jwksUrl;

    @Inject
    @ConfigProperty(name = "samverkan.keycloak.jwks-refresh-seconds", defaultValue = "30")
    long refreshSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile Instant lastSuccess;
    private volatile String lastKeys;
    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        refresh();
        task = scheduler.scheduleWithFixedDelay(this::refreshQuietly, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** When the keys were last fetched, if ever. */
    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    private void refreshQuietly() {
        Instant last = lastSuccess;
        if (last != null && last.plusSeconds(refreshSeconds).isAfter(Instant.now())) {
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "refreshing the signing keys failed", e);
        }
    }

    /** Fetches the keys once; true when a usable key set is in place afterwards. */
    boolean refresh() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(jwksUrl))
                    .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                return failed("HTTP " + response.statusCode());
            }
            String keys = response.body();
            if (!hasSigningKey(keys)) {
                return failed("the answer holds no signing key");
            }
            if (!keys.equals(lastKeys)) {
                write(SigningKeyFile.path(), keys);
                LOG.info(() -> (lastKeys == null ? "signing keys loaded from " : "signing keys changed at ") + jwksUrl);
                lastKeys = keys;
            }
            lastSuccess = Instant.now();
            return true;
        } catch (IOException e) {
            return failed(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    private boolean failed(String reason) {
        Instant last = lastSuccess;
        LOG.warning(() -> "cannot fetch the signing keys from " + jwksUrl + " (" + reason + "); "
                + (last == null ? "tokens are refused until Keycloak answers"
                        : "keeping the keys fetched at " + last));
        return false;
    }

    static boolean hasSigningKey(String jwks) {
        try (JsonReader reader = Json.createReader(new StringReader(jwks))) {
            JsonObject set = reader.readObject();
            return set.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                    .anyMatch(k -> k.containsKey("kty") && !"enc".equals(k.getString("use", "sig")));
        } catch (RuntimeException notAKeySet) {
            return false;
        }
    }

    /** Written next to the target and moved over it, so a reader never sees half a file. */
    private static void write(Path file, String content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
