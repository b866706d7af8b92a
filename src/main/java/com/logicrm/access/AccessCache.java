package com.logicrm.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers, for a few seconds, whom a presented API token stands for, so that an integrator's
 * stream of requests does not reload the token, the user, their roles, permissions and departments
 * every time; and, as long, the people other modules look up by id (a customer card names its owner
 * on every view). A change to users, roles or departments made on this instance forgets everything
 * once it is committed, and a revoked token is forgotten at once; another instance sharing the
 * database notices such a change within the time to live. Zero turns the cache off.
 */
@Component
class AccessCache {

    /** How often the last use of a token is written down: often enough to see a token is in use. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(long tokenId, SignedInUser user, Instant tokenExpires, Instant until) {
    }

    private record Known(Optional<Person> person, Instant until) {
    }

    private final Duration timeToLive;
    private final ConcurrentHashMap<String, Entry> byHash = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Known> people = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Instant> touched = new ConcurrentHashMap<>();

    AccessCache(@Value("${logicrm.security.token-cache-ttl:PT10S}") Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    record Hit(long tokenId, SignedInUser user) {
    }

    Optional<Hit> find(String tokenHash, Instant now) {
        Entry entry = byHash.get(tokenHash);
        if (entry == null || !now.isBefore(entry.until()) || !now.isBefore(entry.tokenExpires())) {
            return Optional.empty();
        }
        return Optional.of(new Hit(entry.tokenId(), entry.user()));
    }

    void remember(String tokenHash, long tokenId, SignedInUser user, Instant tokenExpires, Instant now) {
        if (off()) {
            return;
        }
        if (byHash.size() >= MAX_ENTRIES) {
            byHash.clear();
        }
        byHash.put(tokenHash, new Entry(tokenId, user, tokenExpires, now.plus(timeToLive)));
    }

    /** The user {@code userId} (empty if there is none), from {@code load} unless looked up a moment ago. */
    Optional<Person> person(long userId, Instant now, LongFunction<Optional<Person>> load) {
        Known known = people.get(userId);
        if (known != null && now.isBefore(known.until())) {
            return known.person();
        }
        Optional<Person> person = load.apply(userId);
        if (!off()) {
            if (people.size() >= MAX_ENTRIES) {
                people.clear();
            }
            people.put(userId, new Known(person, now.plus(timeToLive)));
        }
        return person;
    }

    private boolean off() {
        return timeToLive.isZero() || timeToLive.isNegative();
    }

    /** Forgets a token once the current transaction (that revokes it) commits. */
    void forgetTokenAfterCommit(long tokenId) {
        afterCommit(() -> byHash.values().removeIf(entry -> entry.tokenId() == tokenId));
    }

    /** Forgets every sign-in and person once the current transaction (that changes users, roles or departments) commits. */
    void forgetAllAfterCommit() {
        afterCommit(() -> {
            byHash.clear();
            people.clear();
        });
    }

    /**
     * After the commit, not before: a request in between would otherwise load the old state again and
     * keep it for the time to live.
     */
    private static void afterCommit(Runnable forget) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget.run();
                }
            });
        } else {
            forget.run();
        }
    }

    /** Whether this instance should write down that the token was used now. */
    boolean touchDue(long tokenId, Instant now) {
        boolean[] due = {false};
        touched.compute(tokenId, (id, last) -> {
            if (last == null || !now.isBefore(last.plus(TOUCH_EVERY))) {
                due[0] = true;
                return now;
            }
            return last;
        });
        return due[0];
    }
}
