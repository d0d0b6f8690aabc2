/** REST resources of the registry and the JSON/GeoJSON shapes they exchange. */
package se.samverkan.registry.api;
