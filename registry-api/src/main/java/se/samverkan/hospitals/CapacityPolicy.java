package se.samverkan.hospitals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How old capacity may be before it is flagged stale, and how far a reporter's clock may run ahead of ours.
 * Both from MicroProfile Config, so an operator can tighten staleness in a crisis without a release.
 */
@ApplicationScoped
public class CapacityPolicy {

    @Inject
    @ConfigProperty(name = "samverkan.hospitals.capacity.stale-after-minutes", defaultValue = "240")
    int staleAfterMinutes;

    @Inject
    @ConfigProperty(name = "samverkan.hospitals.capacity.clock-skew-seconds", defaultValue = "120")
    int clockSkewSeconds;

    private final Clock clock = Clock.systemUTC();

    public Duration staleAfter() {
        return Duration.ofMinutes(staleAfterMinutes);
    }

    public Duration clockSkew() {
        return Duration.ofSeconds(clockSkewSeconds);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Reports whose figures were true before this moment are stale now. */
    public Instant staleBefore() {
        return now().minus(staleAfter());
    }
}
