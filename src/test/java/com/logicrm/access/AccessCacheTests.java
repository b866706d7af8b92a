package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class AccessCacheTests {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final SignedInUser USER = new SignedInUser(7, "li.na", "李娜", 3, "上海分公司",
            List.of("ACCOUNT_MANAGER"), Set.of("customer:read"), new DataScope(DataScope.Kind.OWN, 7, Set.of()), true,
            true, null);

    private static final Person LI_NA = new Person(7, "li.na", "李娜", 3, "上海分公司", true);

    private final AccessCache cache = new AccessCache(Duration.ofSeconds(10));

    @Test
    void aTokenSeenAMomentAgoIsKnownUntilTheTimeToLiveIsOver() {
        cache.remember("hash", 1, USER, NOW.plus(Duration.ofDays(30)), NOW);

        assertThat(cache.find("hash", NOW.plusSeconds(9))).get().extracting(AccessCache.Hit::user).isSameAs(USER);
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
        AccessCache off = new AccessCache(Duration.ZERO);
        off.remember("hash", 1, USER, NOW.plus(Duration.ofDays(1)), NOW);

        assertThat(off.find("hash", NOW)).isEmpty();
    }

    @Test
    void aPersonLookedUpAMomentAgoIsNotLoadedAgainUntilTheTimeToLiveIsOverOrAChangeCommits() {
        AtomicInteger loads = new AtomicInteger();
        LongFunction<Optional<Person>> load = id -> {
            loads.incrementAndGet();
            return id == 7 ? Optional.of(LI_NA) : Optional.empty();
        };

        assertThat(cache.person(7, NOW, load)).contains(LI_NA);
        assertThat(cache.person(7, NOW.plusSeconds(9), load)).contains(LI_NA);
        assertThat(loads).as("once within the time to live").hasValue(1);
        assertThat(cache.person(8, NOW, load)).as("nobody is remembered too").isEmpty();
        assertThat(cache.person(8, NOW.plusSeconds(1), load)).isEmpty();
        assertThat(loads).hasValue(2);

        assertThat(cache.person(7, NOW.plusSeconds(10), load)).contains(LI_NA);
        assertThat(loads).as("again once it is over").hasValue(3);
        cache.forgetAllAfterCommit();
        cache.person(7, NOW.plusSeconds(11), load);
        assertThat(loads).as("and after a change to users").hasValue(4);

        AccessCache off = new AccessCache(Duration.ZERO);
        off.person(7, NOW, load);
        off.person(7, NOW, load);
        assertThat(loads).as("every time with the cache off").hasValue(6);
    }

    @Test
    void theLastUseIsWrittenDownAtMostOnceAMinute() {
        assertThat(cache.touchDue(1, NOW)).isTrue();
        assertThat(cache.touchDue(1, NOW.plusSeconds(59))).isFalse();
        assertThat(cache.touchDue(2, NOW.plusSeconds(59))).as("per token").isTrue();
        assertThat(cache.touchDue(1, NOW.plusSeconds(60))).isTrue();
    }
}
