/**
 * The REST interface of planning: {@code /api/incidents} and {@code /api/plans}. Thin resources: they read
 * parameters and headers, call the services and shape responses; rules live in {@code se.samverkan.planning}.
 */
package se.samverkan.planning.api;
