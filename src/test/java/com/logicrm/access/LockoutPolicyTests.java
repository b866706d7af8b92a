package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void theFifthWrongPasswordInARowLocksForFifteenMinutesByDefault() {
        LockoutPolicy defaults = new LockoutPolicy(0, null);

        assertThat(defaults.lockedUntil(4, NOW)).isEmpty();
        assertThat(defaults.lockedUntil(5, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
        assertThat(defaults.lockedUntil(6, NOW)).as("further failures keep it locked")
                .contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void fewFailuresLockNothing() {
        LockoutPolicy defaults = new LockoutPolicy(5, Duration.ofMinutes(15));

        assertThat(defaults.lockedUntil(0, NOW)).isEmpty();
        assertThat(defaults.lockedUntil(1, NOW)).isEmpty();
        assertThat(defaults.lockedUntil(4, NOW)).isEmpty();
    }

    @Test
    void attemptsAndDurationAreConfigurable() {
        LockoutPolicy strict = new LockoutPolicy(3, Duration.ofHours(1));

        assertThat(strict.maxAttempts()).isEqualTo(3);
        assertThat(strict.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(strict.lockedUntil(2, NOW)).isEmpty();
        assertThat(strict.lockedUntil(3, NOW)).contains(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void missingOrNonsensicalSettingsFallBackToTheDefaults() {
        for (LockoutPolicy policy : new LockoutPolicy[] {new LockoutPolicy(0, null),
                new LockoutPolicy(-1, Duration.ZERO), new LockoutPolicy(0, Duration.ofMinutes(-5))}) {
            assertThat(policy.maxAttempts()).isEqualTo(5);
            assertThat(policy.duration()).isEqualTo(Duration.ofMinutes(15));
        }
    }

    @Test
    void theApplicationDefaultsAreTheDocumentedOnes() throws Exception {
        java.util.Properties application = new java.util.Properties();
        try (var in = LockoutPolicyTests.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        assertThat(application.getProperty("logicrm.security.lockout.max-attempts")).isEqualTo("5");
        assertThat(application.getProperty("logicrm.security.lockout.duration")).isEqualTo("15m");
    }
}
