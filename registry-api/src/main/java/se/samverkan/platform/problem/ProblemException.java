package se.samverkan.platform.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * Thrown by services and resources to answer with a problem detail. Carries the domain's words; the
 * mapper adds the request path.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String type, String title, String detail) {
        return new ProblemException(new Problem(type, title, Status.NOT_FOUND.getStatusCode(), detail, null, null));
    }

    /** 400: the named fields are wrong; each with its reason. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are invalid.";
        return new ProblemException(new Problem(ProblemTypes.INVALID_INPUT, "Invalid input",
                Status.BAD_REQUEST.getStatusCode(), detail, null, errors));
    }

    public static ProblemException invalid(String field, String reason) {
        return invalid(List.of(new Problem.FieldError(field, reason)));
    }

    /** 403: the caller is known but may not do this; the detail says what they may do instead. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem(ProblemTypes.FORBIDDEN, "Not allowed",
                Status.FORBIDDEN.getStatusCode(), detail, null, null));
    }

    /** 409: the request clashes with the current state (a call sign in use, a record still referenced). */
    public static ProblemException conflict(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(ProblemTypes.CONFLICT, "Conflict",
                Status.CONFLICT.getStatusCode(), detail, null, errors));
    }

    /** 412: someone else changed the record since the caller read it; nothing was written. */
    public static ProblemException staleVersion(String what, long current) {
        return new ProblemException(new Problem(ProblemTypes.STALE_VERSION, "Changed by someone else",
                Status.PRECONDITION_FAILED.getStatusCode(),
                what + " was changed by someone else since you read it (it is now at version " + current
                        + "). Nothing was saved: read it again, then repeat your change.", null, null));
    }

    /** 428: a change without If-Match could overwrite someone else's change unseen. */
    public static ProblemException versionRequired() {
        return new ProblemException(new Problem(ProblemTypes.VERSION_REQUIRED, "Version required", 428,
                "Send the ETag you read in an If-Match header, so that a change made by someone else in the "
                        + "meantime is never overwritten unseen.", null,
                List.of(new Problem.FieldError("If-Match", "is required"))));
    }
}
