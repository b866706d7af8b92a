package com.logicrm.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out the next archive number; the yearly counter lives in the database, so instances never collide. */
@Component
class ArchiveNumbers {

    private final JdbcClient jdbc;
    private final ArchiveNumberRule rule;
    private final Clock clock;

    ArchiveNumbers(JdbcClient jdbc, @Value("${logicrm.customer.archive-number-rule:" + ArchiveNumberRule.DEFAULT + "}")
            String rule, Clock clock) {
        this.jdbc = jdbc;
        this.rule = new ArchiveNumberRule(rule);
        this.clock = clock;
    }

    String next() {
        return next(1).get(0);
    }

    /** A block of {@code count} consecutive numbers, taken from the counter in one step (for imports). */
    List<String> next(int count) {
        LocalDate today = LocalDate.now(clock);
        long last = jdbc.sql("""
                insert into customer.archive_sequence (year, value) values (:year, :count)
                on conflict (year) do update set value = customer.archive_sequence.value + :count
                returning value""")
                .param("year", today.getYear())
                .param("count", count)
                .query(Long.class)
                .single();
        List<String> numbers = new ArrayList<>(count);
        java.util.function.LongFunction<String> format = rule.forDate(today);
        for (long sequence = last - count + 1; sequence <= last; sequence++) {
            numbers.add(format.apply(sequence));
        }
        return numbers;
    }
}
