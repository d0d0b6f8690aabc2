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
