package se.samverkan.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An RFC 9457 problem details object.
 *
 * @param type     a URI reference naming the kind of problem; relative, resolved against the API
 * @param title    a short, human-readable summary of the kind of problem
 * @param status   the HTTP status code
 * @param detail   what went wrong in this occurrence, in words a coordinator understands
 * @param instance the request path the problem occurred on
 * @param errors   for invalid input: each offending field and why (an extension member)
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String CHALLENGE_HEADER = "WWW-Authenticate";
    // Built, not parsed: parsing needs a JAX-RS runtime, which servlets and unit tests may not have loaded.
    public static final MediaType MEDIA = new MediaType("application", "problem+json");

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** One invalid input: the field, query or path parameter by its name on the wire, and the reason. */
    public record FieldError(String field, String reason) {
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /**
     * The {@code WWW-Authenticate} challenge this answer carries: Bearer on a 401, never Basic (a Basic
     * challenge makes browsers show a login dialog over the map); none for any other status. The one place
     * that rule lives: the JAX-RS mappers, the servlets and the container's error page all answer through it.
     */
    public String challenge() {
        return status == 401 ? Problems.BEARER_CHALLENGE : null;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).header(CHALLENGE_HEADER, challenge()).build();
    }

    /**
     * Sends this problem as the whole answer, for servlets (what {@link #toResponse()} is for JAX-RS). A
     * challenge set before (the error page's {@code error="invalid_token"}) is kept.
     */
    public void writeTo(HttpServletResponse response) throws IOException {
        if (challenge() != null && !response.containsHeader(CHALLENGE_HEADER)) {
            response.setHeader(CHALLENGE_HEADER, challenge());
        }
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Writer.JSON.toJson(this));
    }

    /** Created on first use: code that only builds problems (services, unit tests) needs no JSON-B provider. */
    private static final class Writer {
        static final Jsonb JSON = JsonbBuilder.create();
    }
}
