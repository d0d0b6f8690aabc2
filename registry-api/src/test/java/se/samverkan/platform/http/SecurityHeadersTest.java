package se.samverkan.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void thePolicyAllowsTheAppKeycloakAndTheTileServerAndNoFraming() {
        String csp = new SecurityHeaders("http://localhost:8180",
                Optional.of("https://{s}.tile.example.org/{z}/{x}/{y}.png")).contentSecurityPolicy();

        assertThat(csp).contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'",
                "connect-src 'self' http://localhost:8180;", "img-src 'self' data: https://*.tile.example.org;",
                "object-src 'none'");
        assertThat(csp).doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void withoutKeycloakOrTilesOnlyTheAppItself() {
        String csp = new SecurityHeaders(null, Optional.empty()).contentSecurityPolicy();

        assertThat(csp).contains("connect-src 'self';", "img-src 'self' data:;");
    }

    @Test
    void originsAreCutFromUrlsAndNothingUnsafeSlipsIntoThePolicy() {
        assertThat(SecurityHeaders.origin("https://kc.example.se:8443/realms/samverkan")).hasValue("https://kc.example.se:8443");
        assertThat(SecurityHeaders.origin("http://localhost:8180")).hasValue("http://localhost:8180");
        assertThat(SecurityHeaders.origin("not a url")).isEmpty();
        assertThat(SecurityHeaders.origin("https://x.org; script-src *")).isEmpty();
        assertThat(SecurityHeaders.origin("")).isEmpty();
    }
}
