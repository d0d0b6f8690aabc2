package se.samverkan.migrations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * {@code ./samverkan regions-import FILE.geojson [--code-property NAME]} (or
 * {@code java -cp samverkan-migrations-cli.jar se.samverkan.migrations.RegionImportCommand …}): replaces
 * the region outlines in the database named by {@code SAMVERKAN_DB_URL}, {@code SAMVERKAN_DB_USER} and
 * {@code SAMVERKAN_DB_PASSWORD} with those of a more detailed GeoJSON file, all or nothing (see
 * {@link RegionBoundaryImport}). Exit codes: 0 replaced, 1 refused or failed (reasons on stderr), 2 usage.
 */
public final class RegionImportCommand {

    static final String USAGE = "usage: regions-import FILE.geojson [--code-property NAME]  (default property: l_id)";

    private RegionImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System::getenv));
    }

    static int run(String[] args, java.util.function.UnaryOperator<String> environment) {
        Path file = null;
        String codeProperty = "l_id";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--code-property") && i + 1 < args.length) {
                codeProperty = args[++i];
            } else if (file == null && !args[i].startsWith("--")) {
                file = Path.of(args[i]);
            } else {
                System.err.println(USAGE);
                return 2;
            }
        }
        if (file == null) {
            System.err.println(USAGE);
            return 2;
        }
        String url = setting(environment, "SAMVERKAN_DB_URL", "jdbc:postgresql://127.0.0.1:55432/samverkan");
        try {
            String geoJson = Files.readString(file, StandardCharsets.UTF_8);
            try (Connection connection = DriverManager.getConnection(url,
                    setting(environment, "SAMVERKAN_DB_USER", "samverkan"),
                    setting(environment, "SAMVERKAN_DB_PASSWORD", "samverkan"))) {
                RegionBoundaryImport.Outcome outcome = new RegionBoundaryImport(connection).replaceBoundaries(geoJson, codeProperty);
                System.out.printf("samverkan: region outlines replaced from %s: %d regions (%s)%n",
                        file, outcome.regionsReplaced(), url);
                return 0;
            }
        } catch (RegionBoundaryImport.RefusedException e) {
            System.err.printf("samverkan: %s was refused, nothing changed:%n", file);
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            return 1;
        } catch (IOException e) {
            System.err.printf("samverkan: cannot read %s: %s%n", file, e.getMessage());
            return 1;
        } catch (SQLException e) {
            System.err.printf("samverkan: importing region outlines into %s failed: %s%n", url, e.getMessage());
            return 1;
        }
    }

    private static String setting(java.util.function.UnaryOperator<String> environment, String name, String fallback) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
