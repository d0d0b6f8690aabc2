package se.samverkan.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data sources: the main pool, and a small one for the hot searches whose best plan does
 * not depend on their values, planned once per connection instead of on every call. URL and credentials
 * come from MicroProfile Config ({@code samverkan.db.url}, or the environment variable
 * {@code SAMVERKAN_DB_URL}, and so on).
 *
 * <p>Connections are validated before use so that the pool heals after a database restart, and both
 * connecting and waiting for a free connection are bounded: a health probe or a coordinator must get a
 * clear "database unavailable" within seconds, not hang for a minute.
 */
@DataSourceDefinitions({
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
                // Plan every execution with its real values: the lists and area searches have optional filters
                // whose best plan depends on the values (under a generic plan the nearest-unit search, before
                // V28, took the capabilities GIN index and sorted thousands of rows: 150-200 ms against 21 ms).
                "options=-c plan_cache_mode=force_custom_plan",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=5000"
            }),
    @DataSourceDefinition(
            name = SamverkanDataSource.SEARCH_JNDI_NAME,
            className = "org.postgresql.ds.PGSimpleDataSource",
            url = "${MPCONFIG=samverkan.db.url}",
            user = "${MPCONFIG=samverkan.db.user}",
            password = "${MPCONFIG=samverkan.db.password}",
            minPoolSize = 2,
            maxPoolSize = 16,
            loginTimeout = 5,
            // Single read-only statements: nothing to enlist in a transaction.
            transactional = false,
            properties = {
                "connectTimeout=3",
                "stringType=unspecified",
                "socketTimeout=60",
                "ApplicationName=samverkan-search",
                // Planned once per connection, not per execution: the nearest-unit search has one right plan
                // whatever the values (the GiST walk tests the capabilities itself since V28), and planning it
                // cost more than running it.
                "options=-c plan_cache_mode=force_generic_plan",
                "prepareThreshold=1",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // A connection is checked at most once a second, not before every search (a round trip that was
                // a sixth of a one-client search): after an outage, searches fail for at most that second
                // longer (DatabaseOutageIT checks the search fails during an outage and heals after it).
                "fish.payara.validate-atmost-once-period-in-seconds=1",
                "fish.payara.max-wait-time-in-millis=5000"
            })
})
@ApplicationScoped
public class SamverkanDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/samverkan";

    /** The pool for the hot searches whose plan does not depend on their values (the nearest-unit search). */
    public static final String SEARCH_JNDI_NAME = "java:app/jdbc/samverkan-search";
}
