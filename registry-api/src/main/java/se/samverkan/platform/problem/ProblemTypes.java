package se.samverkan.platform.problem;

/** The problem type URIs the API uses, relative to the API root so they stay valid behind any host name. */
public final class ProblemTypes {

    public static final String INVALID_INPUT = "/problems/invalid-input";
    public static final String NOT_FOUND = "/problems/not-found";
    public static final String DATABASE_UNAVAILABLE = "/problems/database-unavailable";
    public static final String INTERNAL_ERROR = "/problems/internal-error";
    public static final String HTTP = "/problems/http";
    public static final String FORBIDDEN = "/problems/forbidden";
    public static final String CONFLICT = "/problems/conflict";
    public static final String STALE_VERSION = "/problems/stale-version";
    public static final String VERSION_REQUIRED = "/problems/version-required";

    private ProblemTypes() {
    }
}
