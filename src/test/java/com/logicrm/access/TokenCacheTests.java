package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenCacheTests {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final SignedInUser USER = new SignedInUser(7, "li.na", "李娜", 3, "上海分公司",
            List.of("ACCOUNT_MANAGER"), Set.of("customer:read"), new DataScope(DataScope.Kind.OWN, 7, Set.of()), true,
            true, null);

    private final TokenCache cache = new TokenCache(Duration.ofSeconds(10));

    @Test
    void aTokenSeenAMomentAgoIsKnownUntilTheTimeToLiveIsOver() {
        cache.remember("hash", 1, USER, NOW.plus(Duration.ofDays(30)), NOW);

        assertThat(cache.find("hash", NOW.plusSeconds(9))).get().extracting(TokenCache.Hit::user).isSameAs(USER);
        assertThat(cache.find("hash", NOW.plusSeconds(10))).isEmpty();
        assertThat(cache.find("other", NOW)).isEmpty();
    }

    @Test
    void neverPastTheTokensOwnExpiry() {
        cache.remember("hash", 1, USER, NOW.plusSeconds(3), NOW);

        assertThat(cache.find("hash", NOW.plusSeconds(2))).isPresent();
        assertThat(cache.find("hash", NOW.plusSeconds(3))).isEmpty();
    }

    @Test
    void outsideATransactionForgettingHappensAtOnce() {
        cache.remember("one", 1, USER, NOW.plus(Duration.ofDays(1)), NOW);
        cache.remember("two", 2, USER, NOW.plus(Duration.ofDays(1)), NOW);

        cache.forgetTokenAfterCommit(1);
        assertThat(cache.find("one", NOW)).isEmpty();
        assertThat(cache.find("two", NOW)).isPresent();

        cache.forgetAllAfterCommit();
        assertThat(cache.find("two", NOW)).isEmpty();
    }

    @Test
    void aZeroTimeToLiveTurnsTheCacheOff() {
        TokenCache off = new TokenCache(Duration.ZERO);
        off.remember("hash", 1, USER, NOW.plus(Duration.ofDays(1)), NOW);

        assertThat(off.find("hash", NOW)).isEmpty();
    }

    @Test
    void theLastUseIsWrittenDownAtMostOnceAMinute() {
        assertThat(cache.touchDue(1, NOW)).isTrue();
        assertThat(cache.touchDue(1, NOW.plusSeconds(59))).isFalse();
        assertThat(cache.touchDue(2, NOW.plusSeconds(59))).as("per token").isTrue();
        assertThat(cache.touchDue(1, NOW.plusSeconds(60))).isTrue();
    }
}
