package se.samverkan.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive as long as the application is deployed and answering. Deliberately does not look at the
 * database: restarting the process would not bring a lost database back.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("application").up()
                .withData("freeMemoryMb", Runtime.getRuntime().freeMemory() / (1024 * 1024))
                .build();
    }
}
