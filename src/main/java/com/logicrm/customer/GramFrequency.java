package com.logicrm.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a name fragment is common among customers, read from PostgreSQL's own statistics on
 * {@code customer.search_grams} (the most common elements ANALYZE keeps, down to about 0.1 %) and
 * re-read every few minutes. {@link CustomerSearch} asks it for an owner's search: for a term in 2 %
 * of the archive or more, walking the owner's newest customers finds a page sooner than intersecting
 * the owner's rows with the term's tens of thousands of GIN entries, which the planner still prefers.
 */
@Component
class GramFrequency {

    /** Measured at a million customers: from here on the walk wins (see the architecture notes). */
    static final double COMMON = 0.02;
    private static final Duration FRESH = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    GramFrequency(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when every one of the grams is in at least {@link #COMMON} of the customers. */
    boolean common(Set<String> grams) {
        if (grams.isEmpty()) {
            return false;
        }
        Map<String, Double> frequencies = frequencies();
        return grams.stream().allMatch(gram -> frequencies.getOrDefault(gram, 0.0) >= COMMON);
    }

    private Map<String, Double> frequencies() {
        Instant now = clock.instant();
        Snapshot current = snapshot;
        if (current == null || current.read().plus(FRESH).isBefore(now)) {
            current = new Snapshot(read(), now);
            snapshot = current;
        }
        return current.frequencies();
    }

    private Map<String, Double> read() {
        // most_common_elems is of type anyarray, hence the detour through text; the frequencies array
        // ends in three figures of its own, which unnest pairs with no gram
        return jdbc.sql("""
                select e.gram, e.frequency
                from pg_stats s,
                     unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs)
                         as e(gram, frequency)
                where s.schemaname = 'customer' and s.tablename = 'customer' and s.attname = 'search_grams'
                  and e.gram is not null""")
                .query((rs, n) -> Map.entry(rs.getString("gram"), rs.getDouble("frequency")))
                .list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, Math::max));
    }

    private record Snapshot(Map<String, Double> frequencies, Instant read) {
    }
}
