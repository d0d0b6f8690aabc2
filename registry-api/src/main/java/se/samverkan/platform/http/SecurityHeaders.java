package se.samverkan.platform.http;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Optional;

/**
 * The security headers of every response. The Content-Security-Policy fits the web client: scripts and
 * styles only from the application itself (Leaflet and Swagger UI come from WebJars), API calls to the
 * application and to Keycloak (the sign-in's token exchange), map tiles from the configured tile server,
 * and no framing by anyone.
 */
public final class SecurityHeaders {

    private final String contentSecurityPolicy;

    public SecurityHeaders(String keycloakUrl, Optional<String> tileUrl) {
        String keycloak = origin(keycloakUrl).map(o -> " " + o).orElse("");
        String tiles = tileUrl.flatMap(SecurityHeaders::origin).map(o -> " " + o).orElse("");
        this.contentSecurityPolicy = "default-src 'self'; "
                + "script-src 'self'; "
                // Leaflet and Swagger UI set style attributes on the elements they create.
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:" + tiles + "; "
                + "connect-src 'self'" + keycloak + "; "
                + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'" + keycloak + "; "
                + "frame-ancestors 'none'";
    }

    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    public void applyTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // For browsers without frame-ancestors; replaces Payara's SAMEORIGIN.
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    }

    /**
     * scheme://host[:port] of a URL, or of a tile URL template: {s} (Leaflet's subdomain) becomes a
     * wildcard; anything unparsable yields nothing rather than a broken policy.
     */
    static Optional<String> origin(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        int schemeEnd = url.indexOf("://");
        if (schemeEnd <= 0) {
            return Optional.empty();
        }
        int pathStart = url.indexOf('/', schemeEnd + 3);
        String origin = (pathStart < 0 ? url : url.substring(0, pathStart)).replace("{s}", "*");
        String host = origin.substring(schemeEnd + 3);
        if (host.isEmpty() || host.contains("{") || host.contains(" ") || host.contains(";") || host.contains("'")) {
            return Optional.empty();
        }
        try {
            URI.create(origin.replace("*", "x"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(origin);
    }
}
