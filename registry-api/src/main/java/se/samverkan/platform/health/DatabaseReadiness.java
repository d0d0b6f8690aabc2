package se.samverkan.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import se.samverkan.platform.persistence.MigrateOnStart;
import se.samverkan.platform.persistence.SamverkanDataSource;

/** Ready only while the database answers and the schema is current. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = SamverkanDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MigrateOnStart migrations;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return response.down().withData("reason", "the database did not answer within "
                        + VALIDATION_TIMEOUT_SECONDS + " s").build();
            }
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("reason", "cannot connect: " + e.getMessage()).build();
        }
        MigrateOnStart.SchemaState schema = migrations.state();
        return response.status(schema.ready()).withData("schema", schema.description()).build();
    }
}
