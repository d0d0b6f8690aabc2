package se.samverkan.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the framework's own HTTP errors (unknown path, wrong method, unsupported media type…) into
 * problem details, so a client never has to parse an HTML error page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Problem problem = forStatus(status.getStatusCode(), status.getReasonPhrase(), RequestPaths.of(uri));
        Response.ResponseBuilder response = Response.fromResponse(original).type(Problem.MEDIA).entity(problem);
        if (problem.challenge() != null) {
            // In place of the framework's own (Basic, for a resource whose only constraint is a role).
            response.header(Problem.CHALLENGE_HEADER, null).header(Problem.CHALLENGE_HEADER, problem.challenge());
        }
        return response.build();
    }

    /** The problem for an HTTP error the framework (or a servlet) answers itself, in a coordinator's words. */
    public static Problem forStatus(int status, String reason, String path) {
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept the HTTP method used.";
            case 406 -> "The API cannot answer in any of the media types the request accepts.";
            case 415 -> "The API does not accept the media type the request was sent in.";
            case 401 -> Problems.SIGN_IN;
            case 403 -> "Your roles do not allow this request.";
            default -> reason;
        };
        String type = switch (status) {
            case 404 -> ProblemTypes.NOT_FOUND;
            case 401 -> ProblemTypes.UNAUTHORIZED;
            case 403 -> ProblemTypes.FORBIDDEN;
            default -> ProblemTypes.HTTP;
        };
        return new Problem(type, reason, status, detail, path, null);
    }
}
