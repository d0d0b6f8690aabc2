/**
 * Geometry for Samverkan in plain Java: WGS 84 positions, the Swedish national grid (SWEREF 99 TM,
 * EPSG:3006) and GeoJSON output of JTS geometries. No JPA, JAX-RS or CDI here, so everything is
 * unit-tested and benchmarked in milliseconds and can be reused by batch jobs.
 */
package se.samverkan.gis;
