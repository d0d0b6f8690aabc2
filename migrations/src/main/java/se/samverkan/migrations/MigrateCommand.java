package se.samverkan.migrations;

/**
 * {@code java -jar samverkan-migrations-cli.jar}: applies pending migrations to the database named by
 * {@code SAMVERKAN_DB_URL}, {@code SAMVERKAN_DB_USER} and {@code SAMVERKAN_DB_PASSWORD}; exits non-zero
 * with the reason when it cannot.
 */
public final class MigrateCommand {

    private MigrateCommand() {
    }

    public static void main(String[] args) {
        String url = setting("SAMVERKAN_DB_URL", "jdbc:postgresql://127.0.0.1:55432/samverkan");
        String user = setting("SAMVERKAN_DB_USER", "samverkan");
        String password = setting("SAMVERKAN_DB_PASSWORD", "samverkan");
        try {
            SchemaMigrations.Outcome outcome = SchemaMigrations.forUrl(url, user, password).migrate();
            System.out.printf("samverkan: migrations applied: %d, schema version %s (%s)%n",
                    outcome.migrationsApplied(), outcome.schemaVersion(), url);
        } catch (RuntimeException e) {
            System.err.printf("samverkan: migrating %s failed: %s%n", url, e.getMessage());
            System.exit(1);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
