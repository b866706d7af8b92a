package com.logicrm.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * After {@code maxAttempts} wrong passwords in a row an account is locked for {@code duration};
 * a successful sign-in resets the count.
 */
@ConfigurationProperties("logicrm.security.lockout")
record LockoutPolicy(int maxAttempts, Duration duration) {

    LockoutPolicy {
        if (maxAttempts <= 0) {
            maxAttempts = 5;
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            duration = Duration.ofMinutes(15);
        }
    }

    /** The end of the lockout that this many consecutive failures earn, if any. */
    Optional<Instant> lockedUntil(int consecutiveFailures, Instant now) {
        return consecutiveFailures >= maxAttempts ? Optional.of(now.plus(duration)) : Optional.empty();
    }
}
