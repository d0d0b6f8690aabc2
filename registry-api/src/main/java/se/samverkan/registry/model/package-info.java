/** Entities and value objects of the registry, in the domain's words. */
package se.samverkan.registry.model;
