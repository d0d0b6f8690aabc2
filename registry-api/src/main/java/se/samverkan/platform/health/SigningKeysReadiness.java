package se.samverkan.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import se.samverkan.platform.security.SigningKeyMirror;

/**
 * Ready only once Keycloak's signing keys have been fetched at least once: before that every signed-in
 * request is refused with 401, so a balancer (and {@code ./samverkan up}) should not send traffic yet.
 * Later outages of Keycloak keep the last keys and leave this UP (decision 0004, architecture "Keys").
 */
@Readiness
@ApplicationScoped
public class SigningKeysReadiness implements HealthCheck {

    @Inject
    SigningKeyMirror keys;

    @Override
    public HealthCheckResponse call() {
        return keys.lastSuccess()
                .map(at -> HealthCheckResponse.named("signing-keys").up().withData("fetchedAt", at.toString()).build())
                .orElseGet(() -> HealthCheckResponse.named("signing-keys").down()
                        .withData("reason", "no signing keys from Keycloak yet; signed-in requests are refused").build());
    }
}
