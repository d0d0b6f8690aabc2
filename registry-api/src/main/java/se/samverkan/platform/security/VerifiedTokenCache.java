package se.samverkan.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers tokens MicroProfile JWT has verified, so a client that sends the same token with every request
 * (the UI, a dispatch system, the benchmark) has it checked once, not on every request. Payara parses the
 * signing keys and checks the signature, issuer, audience and times on each call; in the registry profile
 * that was a third of a nearest-unit request (docs/benchmarks.md, "Registry").
 *
 * <p>It is an identity store placed before Payara's: for a bearer token it answers from memory, or asks the
 * other stores (Payara's verifier) and keeps a VALID answer. The key is the whole token text; an entry lasts
 * until the token expires and at most {@link #MAX_AGE}, so a token whose signing key Keycloak withdrew is
 * refused again within that time. Invalid tokens are never kept. Other credentials pass through untouched.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityStore {

    /** Longest time a verified token is trusted without being verified again. */
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** Bounded so a flood of distinct valid tokens cannot grow memory without end. */
    static final int MAX_ENTRIES = 10_000;

    private record Verified(CredentialValidationResult result, Instant until) {
    }

    @Inject
    BeanManager beans;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();
    volatile List<IdentityStore> verifiers;

    private static final ClassValue<Optional<Method>> TOKEN_GETTER = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            try {
                return Optional.of(type.getMethod("getSignedJWT"));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    };

    @Override
    public int priority() {
        // Before every other store (the default priority is 100).
        return 10;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<String> token = bearerToken(credential);
        if (token.isEmpty()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Instant now = clock.instant();
        Verified known = verified.get(token.get());
        if (known != null && now.isBefore(known.until())) {
            return known.result();
        }
        CredentialValidationResult result = verifyElsewhere(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID
                && result.getCallerPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            Instant until = Instant.ofEpochSecond(jwt.getExpirationTime());
            if (until.isAfter(now.plus(MAX_AGE))) {
                until = now.plus(MAX_AGE);
            }
            remember(token.get(), new Verified(result, until), now);
        }
        return result;
    }

    private CredentialValidationResult verifyElsewhere(Credential credential) {
        CredentialValidationResult last = CredentialValidationResult.NOT_VALIDATED_RESULT;
        for (IdentityStore store : verifiers()) {
            if (!store.validationTypes().contains(ValidationType.VALIDATE)) {
                continue;
            }
            CredentialValidationResult result = store.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return result;
            }
            if (result.getStatus() == CredentialValidationResult.Status.INVALID) {
                last = result;
            }
        }
        return last;
    }

    private void remember(String token, Verified entry, Instant now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(token, entry);
    }

    /** Every other identity store in the application, in their priority order; found once. */
    private List<IdentityStore> verifiers() {
        List<IdentityStore> found = verifiers;
        if (found == null) {
            found = beans.getBeans(IdentityStore.class, Any.Literal.INSTANCE).stream()
                    .filter(bean -> bean.getBeanClass() != VerifiedTokenCache.class)
                    .map(this::reference)
                    .sorted(Comparator.comparingInt(IdentityStore::priority))
                    .toList();
            verifiers = found;
        }
        return found;
    }

    private IdentityStore reference(Bean<?> bean) {
        return (IdentityStore) beans.getReference(bean, IdentityStore.class, beans.createCreationalContext(bean));
    }

    /**
     * The token text of MicroProfile JWT's credential. Its class belongs to the runtime, so it is read through
     * its public {@code getSignedJWT()}; a credential without one is not a bearer token.
     */
    static Optional<String> bearerToken(Credential credential) {
        if (credential == null) {
            return Optional.empty();
        }
        Optional<Method> getter = TOKEN_GETTER.get(credential.getClass());
        if (getter.isEmpty()) {
            return Optional.empty();
        }
        try {
            return getter.get().invoke(credential) instanceof String text && !text.isBlank()
                    ? Optional.of(text) : Optional.empty();
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }
}
