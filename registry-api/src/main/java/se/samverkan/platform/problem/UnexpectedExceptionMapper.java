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
    public static final int RETRY_AFTER_SECONDS = 10;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        Problem problem = problemFor(exception, RequestPaths.of(uri));
        if (problem.status() == 503) {
            return Response.fromResponse(problem.toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        return problem.toResponse();
    }

    /**
     * The problem for a failure nothing else explained, logged: 503 (answer with Retry-After
     * {@value #RETRY_AFTER_SECONDS}) for a lost database, else 500 with an incident id. Also for servlets.
     */
    public static Problem problemFor(Throwable exception, String path) {
        if (isDatabaseUnreachable(exception)) {
            LOG.log(Level.WARNING, "Database unreachable while serving {0}: {1}", new Object[] {path, exception.getMessage()});
            return new Problem(ProblemTypes.DATABASE_UNAVAILABLE, "Database unavailable", 503,
                    "The registry database cannot be reached just now. Nothing was changed; try again shortly.", path, null);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " while serving " + path, exception);
        return new Problem(ProblemTypes.INTERNAL_ERROR, "Internal error", 500,
                "Something went wrong on the server. Quote incident " + incident + " when you report it.", path, null);
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
