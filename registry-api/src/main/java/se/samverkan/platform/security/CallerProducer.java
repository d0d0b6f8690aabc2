package se.samverkan.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Makes {@link Caller} injectable, built from the token MicroProfile JWT verified for this request
 * (signature, issuer, audience, expiry). Without a token (public endpoints) the caller is anonymous.
 *
 * <p>{@code Caller} is a record and cannot be proxied, so it is produced per injection: inject it only
 * into request-scoped beans (the JAX-RS resources), which live exactly one request, and hand it to
 * services as a parameter. Injecting it into an application-scoped bean would freeze the first
 * request's caller for everyone, so that fails at once.
 *
 * <p>The producer itself is application-scoped and keeps no state: each call asks the security context
 * for the calling thread's principal, so the answer is always this request's. (A request-scoped producer
 * cost a bean creation per request: Payara inspects the bean's annotations by reflection on every
 * creation, 6-7 % of a nearest-unit request in the registry profile, docs/benchmarks.md.)
 */
@ApplicationScoped
public class CallerProducer {

    /*
     * The verified token is read from the security context, not through an injected JsonWebToken: every
     * method call on that proxy looks the principal up again through CDI, and a caller needs seven of them.
     */
    @Inject
    SecurityContext securityContext;

    @Produces
    @Dependent
    Caller caller(InjectionPoint injectionPoint) {
        if (injectionPoint != null && injectionPoint.getBean() != null) {
            Class<?> scope = injectionPoint.getBean().getScope();
            if (scope == ApplicationScoped.class || scope == Singleton.class) {
                throw new IllegalStateException("Caller injected into " + injectionPoint.getBean().getBeanClass().getName()
                        + ", which lives longer than a request; inject it into a @" + RequestScoped.class.getSimpleName()
                        + " bean and pass it to services as a parameter");
            }
        }
        return current();
    }

    /**
     * The caller of the current request. For the few hot resources that are application-scoped (created
     * once, not per request) and so cannot have a {@code Caller} injected; call it once per request.
     */
    public Caller current() {
        Principal principal = securityContext.getCallerPrincipal();
        return of(principal instanceof JsonWebToken token ? token : null);
    }

    /**
     * The caller of this servlet request: the principal the container already put on the request when it is
     * the verified token (no security-context lookup through CDI: the caller cost 4.0 % of a nearest-unit
     * search in the profile, 2.7 % this way), otherwise as {@link #current()}.
     */
    public Caller of(HttpServletRequest request) {
        return request.getUserPrincipal() instanceof JsonWebToken token ? of(token) : current();
    }

    /** The caller a verified token describes; anonymous when there is none. */
    static Caller of(JsonWebToken token) {
        if (token == null || token.getRawToken() == null || token.getSubject() == null) {
            return Caller.anonymous();
        }
        String name = stringClaim(token, Claims.preferred_username.name())
                .or(() -> Optional.ofNullable(token.getName()))
                .orElse(token.getSubject());
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        return new Caller(token.getSubject(), name, groups,
                stringClaim(token, Roles.REGION_CLAIM), stringClaim(token, Roles.HOSPITAL_CLAIM));
    }

    private static Optional<String> stringClaim(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value == null) {
            return Optional.empty();
        }
        // Payara hands string claims over as JsonString, others as String.
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
