package se.samverkan.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Problems raised by services and resources; a 401 carries the Bearer challenge (never Basic). */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProblemException exception) {
        Response response = exception.problem().at(RequestPaths.of(uri)).toResponse();
        if (response.getStatus() == 401) {
            return Response.fromResponse(response).header("WWW-Authenticate", Problems.BEARER_CHALLENGE).build();
        }
        return response;
    }
}
