package se.samverkan.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.samverkan.migrations.SchemaMigrations;

/**
 * Brings the schema up to date when the application starts, off the deployment thread. Until it has,
 * readiness reports why the application is not ready; a failed run (a lock held too long, a connection
 * dropped mid-way) is retried every few seconds. Flyway takes a database lock, so several instances
 * starting together migrate once.
 */
@ApplicationScoped
public class MigrateOnStart {

    private static final Logger LOG = Logger.getLogger(MigrateOnStart.class.getName());
    static final long RETRY_SECONDS = 5;

    @Resource(lookup = SamverkanDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicReference<SchemaState> state =
            new AtomicReference<>(new SchemaState(false, "migrations have not run yet"));

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.execute(this::migrate);
    }

    private void migrate() {
        try {
            SchemaMigrations.Outcome outcome = SchemaMigrations.forDataSource(dataSource).migrate();
            state.set(new SchemaState(true, "schema version " + outcome.schemaVersion()));
            LOG.info(() -> "Schema up to date: " + outcome.migrationsApplied() + " migrations applied, version "
                    + outcome.schemaVersion());
        } catch (RuntimeException e) {
            state.set(new SchemaState(false, "migrations failed: " + rootMessage(e)));
            LOG.log(Level.WARNING, "Migrations failed, retrying in " + RETRY_SECONDS + " s: " + rootMessage(e));
            scheduler.schedule(this::migrate, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    public SchemaState state() {
        return state.get();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Whether the schema is ready for the application, and a sentence saying why not. */
    public record SchemaState(boolean ready, String description) {
    }
}
