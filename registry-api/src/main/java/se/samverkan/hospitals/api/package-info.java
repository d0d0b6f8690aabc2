/**
 * The hospitals REST API: thin JAX-RS resources under {@code /api/hospitals}, the JSON views they return,
 * the parsing of capacity reports into field-by-field problem details, and server-sent events.
 */
package se.samverkan.hospitals.api;
