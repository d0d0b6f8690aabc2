package se.samverkan.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A 401 asks for a bearer token, never Basic; how each way of answering sends it (JAX-RS mappers, servlets,
 * the container's error page keeping its invalid_token) is checked on the wire: CallerApiIT, RegistryApiIT,
 * TokenAttackIT.
 */
class ProblemTest {

    private static Problem withStatus(int status) {
        return new Problem("/problems/x", "X", status, "detail", "/api/x", null);
    }

    @Test
    void onlyA401CarriesTheBearerChallenge() {
        assertThat(withStatus(401).challenge()).isEqualTo("Bearer realm=\"samverkan\"");
        for (int status : new int[] {400, 403, 404, 412, 500, 503}) {
            assertThat(withStatus(status).challenge()).isNull();
        }
    }
}
