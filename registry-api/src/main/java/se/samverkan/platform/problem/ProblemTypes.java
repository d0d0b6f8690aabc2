package se.samverkan.platform.problem;

/** The problem type URIs the API uses, relative to the API root so they stay valid behind any host name. */
public final class ProblemTypes {

    public static final String INVALID_INPUT = "/problems/invalid-input";
    public static final String NOT_FOUND = "/problems/not-found";
    public static final String DATABASE_UNAVAILABLE = "/problems/database-unavailable";
    public static final String INTERNAL_ERROR = "/problems/internal-error";
    public static final String HTTP = "/problems/http";
    public static final String CONFLICT = "/problems/conflict";
    public static final String STALE_VERSION = "/problems/stale-version";
    public static final String VERSION_REQUIRED = "/problems/version-required";
    /** No bearer token, or one that was not accepted (expired, wrong issuer or audience, bad signature). */
    public static final String UNAUTHORIZED = "/problems/unauthorized";
    /** A valid token whose roles or claims do not allow this request. */
    public static final String FORBIDDEN = "/problems/forbidden";
    /** A request body larger than the limit of its address. */
    public static final String PAYLOAD_TOO_LARGE = "/problems/payload-too-large";

    private ProblemTypes() {
    }
}
