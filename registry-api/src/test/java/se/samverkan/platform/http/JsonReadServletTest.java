package se.samverkan.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;

/** Who a servlet-served endpoint lets in and which Accept headers it serves; the wire is in RegistryApiIT. */
class JsonReadServletTest {

    private static final class ViewersOnly extends JsonReadServlet {
        ViewersOnly() {
            super(Roles.VIEWER, Roles.NATIONAL_COORDINATOR);
        }

        @Override
        protected byte[] answer(HttpServletRequest request, Caller caller) {
            return new byte[0];
        }
    }

    private static Caller with(String... roles) {
        return new Caller("subject", "Name", Set.of(roles), Optional.empty());
    }

    @Test
    void anonymousCallersAreAskedToSignInAndCallersWithoutARoleAreRefused() {
        ViewersOnly servlet = new ViewersOnly();

        Problem anonymous = servlet.refusal(Caller.anonymous(), "/x");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.instance()).isEqualTo("/x");
        assertThat(servlet.refusal(with(Roles.REGION_EDITOR), "/x").status()).isEqualTo(403);
        assertThat(servlet.refusal(with(), "/x").status()).isEqualTo(403);
        assertThat(servlet.refusal(with(Roles.REGION_EDITOR, Roles.VIEWER), "/x")).isNull();
        assertThat(servlet.refusal(with(Roles.NATIONAL_COORDINATOR), "/x")).isNull();
    }

    @Test
    void aServletMustNameWhoMayCallIt() {
        assertThatThrownBy(() -> new JsonReadServlet() {
            @Override
            protected byte[] answer(HttpServletRequest request, Caller caller) {
                return new byte[0];
            }
        }).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonIsServedToAnyAcceptThatAdmitsIt() {
        assertThat(JsonReadServlet.acceptsJson(null)).isTrue();
        assertThat(JsonReadServlet.acceptsJson("")).isTrue();
        assertThat(JsonReadServlet.acceptsJson("application/json")).isTrue();
        assertThat(JsonReadServlet.acceptsJson("text/html, */*;q=0.1")).isTrue();
        assertThat(JsonReadServlet.acceptsJson("text/html, Application/*; q=0.5")).isTrue();
        assertThat(JsonReadServlet.acceptsJson("application/xml")).isFalse();
        assertThat(JsonReadServlet.acceptsJson("application/json;q=0, text/csv")).isFalse();
        assertThat(JsonReadServlet.acceptsJson("application/json; q=0.0")).isFalse();
    }
}
