package se.samverkan.platform.problem;

import jakarta.ws.rs.core.Response.Status;

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
}
