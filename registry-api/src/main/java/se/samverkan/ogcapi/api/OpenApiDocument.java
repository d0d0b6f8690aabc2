package se.samverkan.ogcapi.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.ogcapi.OgcCrs;

/**
 * The OpenAPI 3.0 definition of the OGC API (conformance class oas30), written out here rather than
 * generated: the OGC paths sit outside the REST API's generated document, and clients such as GDAL read the
 * {@code limit} maximum from this one.
 */
final class OpenApiDocument {

    static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.0";

    private OpenApiDocument() {
    }

    static Map<String, Object> of(String serverUrl, List<String> collectionIds) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of(
                "title", "Samverkan OGC API – Features",
                "version", "1.0",
                "description", "Registry layers for GIS clients: OGC API – Features Part 1 (Core, GeoJSON, OpenAPI 3.0) "
                        + "and Part 2 (CRS by reference: CRS84, EPSG:4326, EPSG:3006 SWEREF 99 TM)."));
        doc.put("servers", List.of(Map.of("url", serverUrl)));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", get("The landing page", "landingPage", List.of(), json("Links to the API definition, conformance and collections")));
        paths.put("/conformance", get("The conformance classes implemented", "getConformance", List.of(), json("Conformance classes")));
        paths.put("/api", get("This API definition", "getApi", List.of(), Map.of("200", Map.of("description", "OpenAPI 3.0",
                "content", Map.of(MEDIA_TYPE, Map.of("schema", Map.of("type", "object")))))));
        paths.put("/collections", get("The feature collections", "getCollections", List.of(), json("Collections")));
        paths.put("/collections/{collectionId}", get("One collection", "describeCollection",
                List.of(ref("collectionId")), withErrors(json("The collection"))));
        paths.put("/collections/{collectionId}/items", get("Features of a collection, page by page", "getFeatures",
                List.of(ref("collectionId"), ref("bbox"), ref("bbox-crs"), ref("limit"), ref("offset"), ref("crs"), ref("datetime")),
                withErrors(geoJson("A page of features (GeoJSON FeatureCollection) with next/prev links"))));
        paths.put("/collections/{collectionId}/items/{featureId}", get("One feature", "getFeature",
                List.of(ref("collectionId"), ref("featureId"), ref("crs")), withErrors(geoJson("The feature (GeoJSON Feature)"))));
        doc.put("paths", paths);

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("collectionId", parameter("collectionId", "path", "the collection", Map.of("type", "string", "enum", collectionIds)));
        parameters.put("featureId", parameter("featureId", "path", "the feature's id", Map.of("type", "string")));
        Map<String, Object> bbox = parameter("bbox", "query",
                "lower and upper corner in the axis order of bbox-crs (CRS84: min lon, min lat, max lon, max lat); "
                        + "boxes across the antimeridian are refused",
                Map.of("type", "array", "minItems", 4, "maxItems", 4, "items", Map.of("type", "number")));
        bbox.put("style", "form");
        bbox.put("explode", false);
        parameters.put("bbox", bbox);
        parameters.put("bbox-crs", parameter("bbox-crs", "query", "CRS of bbox (default CRS84)",
                Map.of("type", "string", "format", "uri", "enum", OgcCrs.uris())));
        parameters.put("limit", parameter("limit", "query", "features per page",
                Map.of("type", "integer", "minimum", 1, "maximum", QueryParameters.MAX_LIMIT, "default", QueryParameters.DEFAULT_LIMIT)));
        parameters.put("offset", parameter("offset", "query", "features to skip (next links set it)",
                Map.of("type", "integer", "minimum", 0, "default", 0)));
        parameters.put("crs", parameter("crs", "query", "CRS of the returned geometries (default CRS84); the Content-Crs header names it",
                Map.of("type", "string", "format", "uri", "enum", OgcCrs.uris())));
        parameters.put("datetime", parameter("datetime", "query",
                "an RFC 3339 date-time or date, or an interval start/end with .. for an open end; "
                        + "collections without time ignore it", Map.of("type", "string")));
        Map<String, Object> problem = Map.of("description", "An RFC 9457 problem detail naming the parameter",
                "content", Map.of("application/problem+json", Map.of("schema", Map.of("type", "object"))));
        doc.put("components", Map.of("parameters", parameters, "responses", Map.of("Problem", problem)));
        return doc;
    }

    private static Map<String, Object> get(String summary, String operationId, List<?> parameters, Map<String, Object> responses) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("summary", summary);
        operation.put("operationId", operationId);
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        operation.put("responses", responses);
        return Map.of("get", operation);
    }

    private static Map<String, Object> json(String description) {
        return new LinkedHashMap<>(Map.of("200", Map.of("description", description,
                "content", Map.of("application/json", Map.of("schema", Map.of("type", "object"))))));
    }

    private static Map<String, Object> geoJson(String description) {
        return new LinkedHashMap<>(Map.of("200", Map.of("description", description,
                "content", Map.of("application/geo+json", Map.of("schema", Map.of("type", "object"))))));
    }

    private static Map<String, Object> withErrors(Map<String, Object> responses) {
        responses.put("400", Map.of("$ref", "#/components/responses/Problem"));
        responses.put("404", Map.of("$ref", "#/components/responses/Problem"));
        return responses;
    }

    private static Map<String, Object> ref(String parameter) {
        return Map.of("$ref", "#/components/parameters/" + parameter);
    }

    private static Map<String, Object> parameter(String name, String in, String description, Map<String, Object> schema) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", in);
        p.put("description", description);
        p.put("required", in.equals("path"));
        p.put("schema", schema);
        return p;
    }
}
