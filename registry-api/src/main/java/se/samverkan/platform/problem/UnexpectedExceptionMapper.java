package se.samverkan.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: anything no other mapper claimed. A lost database is a 503 the client may retry; every
 * other failure is a 500 whose body carries an incident id to quote, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    static final int RETRY_AFTER_SECONDS = 10;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        if (isDatabaseUnreachable(exception)) {
            LOG.log(Level.WARNING, "Database unreachable while serving {0}: {1}",
                    new Object[] {RequestPaths.of(uri), exception.getMessage()});
            Problem problem = new Problem(ProblemTypes.DATABASE_UNAVAILABLE, "Database unavailable", 503,
                    "The registry database cannot be reached just now. Nothing was changed; try again shortly.",
                    RequestPaths.of(uri), null);
            return Response.fromResponse(problem.toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " while serving " + RequestPaths.of(uri), exception);
        return new Problem(ProblemTypes.INTERNAL_ERROR, "Internal error", 500,
                "Something went wrong on the server. Quote incident " + incident + " when you report it.",
                RequestPaths.of(uri), null).toResponse();
    }

    /** SQL state class 08 is "connection exception" in every SQL database. */
    static boolean isDatabaseUnreachable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }
}
