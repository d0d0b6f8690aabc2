/**
 * Persistence plumbing: the application's data source (configured through MicroProfile Config, so the
 * environment decides which database) and the mapping of PostGIS geography columns to JTS geometries.
 */
package se.samverkan.platform.persistence;
