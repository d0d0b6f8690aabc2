package se.samverkan.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the application. URL and credentials come from MicroProfile Config
 * ({@code samverkan.db.url}, or the environment variable {@code SAMVERKAN_DB_URL}, and so on).
 *
 * <p>Connections are validated before use so that the pool heals after a database restart, and both
 * connecting and waiting for a free connection are bounded: a health probe or a coordinator must get a
 * clear "database unavailable" within seconds, not hang for a minute.
 */
@DataSourceDefinition(
        name = SamverkanDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=samverkan.db.url}",
        user = "${MPCONFIG=samverkan.db.user}",
        password = "${MPCONFIG=samverkan.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 5,
        properties = {
            "connectTimeout=3",
            "stringType=unspecified",
            "socketTimeout=60",
            "ApplicationName=samverkan",
            // Plan every execution with its real values: with a generic plan the nearest-unit search took
            // the capabilities GIN index and sorted thousands of rows instead of walking the GiST index by
            // distance (found by the registry benchmark: 150-200 ms against 21 ms in pgbench). Which plan is
            // right depends on how common the asked capability is, so PostgreSQL must see it.
            "options=-c plan_cache_mode=force_custom_plan",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000"
        })
@ApplicationScoped
public class SamverkanDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/samverkan";
}
