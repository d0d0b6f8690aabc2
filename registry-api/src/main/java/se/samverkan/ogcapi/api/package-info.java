/**
 * The HTTP side of the OGC API – Features: the resource at {@code /ogcapi} (landing page, conformance, the
 * OpenAPI document, collections, items), the wire records (links, collections, GeoJSON features), query
 * parameter checks that answer 400 problem details naming the parameter, and the filter that serves the API
 * at {@code /ogcapi} beside the REST API at {@code /api}.
 */
package se.samverkan.ogcapi.api;
