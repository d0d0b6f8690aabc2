package se.samverkan.platform.problem;

import jakarta.ws.rs.core.UriInfo;

final class RequestPaths {

    private RequestPaths() {
    }

    /** The request path for the {@code instance} member; never the query, which may carry personal data. */
    static String of(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
