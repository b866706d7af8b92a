package com.logicrm.customer;

import java.time.Clock;
import java.time.LocalDate;
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
        LocalDate today = LocalDate.now(clock);
        long sequence = jdbc.sql("""
                insert into customer.archive_sequence (year, value) values (:year, 1)
                on conflict (year) do update set value = customer.archive_sequence.value + 1
                returning value""")
                .param("year", today.getYear())
                .query(Long.class)
                .single();
        return rule.format(today, sequence);
    }
}
