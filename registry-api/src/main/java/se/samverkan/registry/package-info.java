/**
 * The resource registry: regions and, as it grows, organisations, bases and transport units. This
 * package holds the services (transactions and rules); {@code model} the entities and value objects;
 * {@code api} the thin JAX-RS resources and their wire formats.
 */
package se.samverkan.registry;
