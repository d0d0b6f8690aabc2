/**
 * The deterministic demo inventory: reference data (regions, towns, air bases, garrisons), the seeded
 * generator that turns it into organisations, bases and units at any size from 1 000 to 100 000 units, the
 * writers for the registry's import formats (JSON, CSV, GeoJSON), a validator of unit rows against the
 * import contract, and the loader that posts it all to a running registry.
 */
package se.samverkan.benchmarks.demo;
