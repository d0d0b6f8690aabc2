/**
 * REST resources of the registry and the JSON/GeoJSON shapes they exchange; and the nearest-unit search,
 * served as a servlet because it is called so often (decision 0007).
 */
package se.samverkan.registry.api;
