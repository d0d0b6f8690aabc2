package se.samverkan.platform.problem;

/** Wording shared by the places that answer 401: the JAX-RS mappers, the container's error page and servlets. */
public final class Problems {

    public static final String SIGN_IN = "This address needs a bearer token from the samverkan realm: sign in.";

    static final String TOKEN_REFUSED = "The bearer token was not accepted: it has expired, is malformed, is not "
            + "signed by the realm's keys, or was issued by another issuer or for another audience. Sign in again.";

    /** RFC 6750 challenge; never Basic, which makes browsers pop up a login dialog. */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"samverkan\"";

    private Problems() {
    }
}
