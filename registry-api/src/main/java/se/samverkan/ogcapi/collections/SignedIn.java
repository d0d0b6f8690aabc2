package se.samverkan.ogcapi.collections;

import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;

/** The inventory collections are for signed-in users only, as in the REST API; regions stay public. */
final class SignedIn {

    private SignedIn() {
    }

    static void require(Caller caller) {
        if (caller.roles().isEmpty()) {
            throw new ProblemException(new Problem(ProblemTypes.UNAUTHORIZED, "Sign-in required", 401,
                    "This collection holds the national inventory: send a bearer token from the samverkan realm "
                            + "(in QGIS: an authentication configuration of type OAuth2 or a header).", null, null));
        }
    }
}
