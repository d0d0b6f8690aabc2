/**
 * The database schema of Samverkan. Versioned Flyway SQL migrations and repeatable reference-data
 * migrations live in {@code db/migration}; {@link se.samverkan.migrations.SchemaMigrations} applies
 * them, both from the application at start and from {@link se.samverkan.migrations.MigrateCommand}
 * on the command line. {@link se.samverkan.migrations.RegionImportCommand} replaces the region outlines
 * with a more detailed GeoJSON file ({@link se.samverkan.migrations.RegionBoundaryImport}).
 */
package se.samverkan.migrations;
