package se.samverkan.migrations;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies Samverkan's migrations to a database. One place configures Flyway, so the application and the
 * command line can never disagree about where migrations live or how they are validated.
 */
public final class SchemaMigrations {

    public static final String LOCATION = "classpath:db/migration";

    private final Flyway flyway;

    private SchemaMigrations(Flyway flyway) {
        this.flyway = flyway;
    }

    public static SchemaMigrations forDataSource(DataSource dataSource) {
        return new SchemaMigrations(configure().dataSource(dataSource).load());
    }

    public static SchemaMigrations forUrl(String url, String user, String password) {
        return new SchemaMigrations(configure().dataSource(url, user, password).load());
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure() {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .locations(LOCATION)
                // A schema must never be wiped by a stray command against a live registry.
                .cleanDisabled(true)
                .validateMigrationNaming(true);
    }

    /** Applies every pending migration in one go; returns how many were applied. */
    public Outcome migrate() {
        MigrateResult result = flyway.migrate();
        return new Outcome(result.migrationsExecuted, currentVersion());
    }

    /** True when every migration on the class path has been applied. */
    public boolean isUpToDate() {
        return flyway.info().pending().length == 0;
    }

    public String currentVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
    }

    /** What a migration run did. */
    public record Outcome(int migrationsApplied, String schemaVersion) {
    }
}
