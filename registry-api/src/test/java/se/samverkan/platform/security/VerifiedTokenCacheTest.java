package se.samverkan.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cache in front of the token verifier. The verifier here stands in for Payara's (which runs in the
 * integration tests: TokenAttackIT, CallerApiIT); it counts how often it is asked.
 */
class VerifiedTokenCacheTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    /** Shaped like MicroProfile JWT's credential: the cache reads it through getSignedJWT(). */
    public static final class BearerCredential implements Credential {
        private final String token;

        BearerCredential(String token) {
            this.token = token;
        }

        public String getSignedJWT() {
            return token;
        }
    }

    /** Like Payara's token principal: a CallerPrincipal that is also a JsonWebToken. */
    static final class Token extends CallerPrincipal implements JsonWebToken {
        private final long exp;

        Token(String name, long exp) {
            super(name);
            this.exp = exp;
        }

        @Override
        public long getExpirationTime() {
            return exp;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
        }
    }

    final List<String> asked = new ArrayList<>();
    final VerifiedTokenCache cache = new VerifiedTokenCache();

    @BeforeEach
    void verifier() {
        IdentityStore verifier = new IdentityStore() {
            @Override
            public CredentialValidationResult validate(Credential credential) {
                String token = ((BearerCredential) credential).getSignedJWT();
                asked.add(token);
                if (token.startsWith("bad")) {
                    return CredentialValidationResult.INVALID_RESULT;
                }
                long exp = Long.parseLong(token.substring(token.indexOf(':') + 1));
                return new CredentialValidationResult(new Token(token, exp), Set.of("viewer"));
            }
        };
        cache.verifiers = List.of(verifier);
        at(NOW);
    }

    void at(Instant t) {
        cache.clock = Clock.fixed(t, ZoneOffset.UTC);
    }

    @Test
    void verifiesATokenOnceWhileItIsValid() {
        String token = "good:" + NOW.plusSeconds(300).getEpochSecond();
        CredentialValidationResult first = cache.validate(new BearerCredential(token));
        CredentialValidationResult second = cache.validate(new BearerCredential(token));
        assertEquals(CredentialValidationResult.Status.VALID, first.getStatus());
        assertSame(first, second);
        assertEquals(Set.of("viewer"), second.getCallerGroups());
        assertEquals(List.of(token), asked);
    }

    @Test
    void verifiesAgainAfterTheMaximumAgeAndAtExpiry() {
        String longLived = "good:" + NOW.plusSeconds(3600).getEpochSecond();
        cache.validate(new BearerCredential(longLived));
        at(NOW.plus(VerifiedTokenCache.MAX_AGE).minusSeconds(1));
        cache.validate(new BearerCredential(longLived));
        assertEquals(1, asked.size());
        at(NOW.plus(VerifiedTokenCache.MAX_AGE));
        cache.validate(new BearerCredential(longLived));
        assertEquals(2, asked.size(), "an entry is trusted for at most MAX_AGE");

        at(NOW);
        String shortLived = "good:" + NOW.plusSeconds(10).getEpochSecond();
        cache.validate(new BearerCredential(shortLived));
        at(NOW.plusSeconds(10));
        cache.validate(new BearerCredential(shortLived));
        assertEquals(List.of(shortLived, shortLived), asked.subList(2, 4), "an expired token goes back to the verifier");
    }

    @Test
    void neverKeepsAnInvalidToken() {
        assertEquals(CredentialValidationResult.Status.INVALID, cache.validate(new BearerCredential("bad:1")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID, cache.validate(new BearerCredential("bad:1")).getStatus());
        assertEquals(2, asked.size());
    }

    @Test
    void tokensDifferingInOneCharacterAreVerifiedEachOnItsOwn() {
        long exp = NOW.plusSeconds(300).getEpochSecond();
        cache.validate(new BearerCredential("good:" + exp));
        assertEquals(CredentialValidationResult.Status.INVALID,
                cache.validate(new BearerCredential("bad:" + exp)).getStatus());
        assertEquals(2, asked.size());
    }

    @Test
    void leavesOtherCredentialsToTheOtherStores() {
        assertSame(CredentialValidationResult.NOT_VALIDATED_RESULT,
                cache.validate(new UsernamePasswordCredential("viewer", "demo")));
        assertSame(CredentialValidationResult.NOT_VALIDATED_RESULT, cache.validate(new BearerCredential(" ")));
        assertEquals(List.of(), asked);
    }
}
