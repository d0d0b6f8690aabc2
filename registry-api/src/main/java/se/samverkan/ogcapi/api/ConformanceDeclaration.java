package se.samverkan.ogcapi.api;

import java.util.List;

/** The conformance classes the service implements. */
public record ConformanceDeclaration(List<String> conformsTo) {

    static final List<String> CLASSES = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
}
