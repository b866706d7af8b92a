package com.logicrm.customer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and reads the field-by-field change history of customers, always in the caller's transaction. */
@Component
class ChangeHistory {

    static final String REGISTERED = "registered";
    private static final int MAX_VALUE = 2000;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ChangeHistory(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void record(long customerId, String actor, Instant at, Map<String, String[]> changes, String reason) {
        record(customerId, actor, at, changes, reason, null);
    }

    /** {@code source}: the COL-1 code of where the changed information came from, or null. */
    void record(long customerId, String actor, Instant at, Map<String, String[]> changes, String reason,
            String source) {
        changes.forEach((field, values) -> jdbc.sql("""
                insert into customer.change_record (customer_id, changed_at, actor, field, old_value, new_value,
                    reason, source)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(customerId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, field,
                        cut(values[0]), cut(values[1]), reason, source)
                .update());
    }

    /** A new archive card is one event in its history, not thirty field changes. */
    void registered(long customerId, String actor, Instant at, String archiveNo, String reason, String source) {
        record(customerId, actor, at, Map.of(REGISTERED, new String[] {null, archiveNo}), reason, source);
    }

    /** The registration of many new cards at once, each one history row (imports). */
    void registeredAll(Map<Long, String> archiveNosById, String actor, Instant at, String reason, String source) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        List<Object[]> rows = archiveNosById.entrySet().stream()
                .map(card -> new Object[] {card.getKey(), when, actor, REGISTERED, card.getValue(), reason, source})
                .toList();
        batch.batchUpdate("""
                insert into customer.change_record (customer_id, changed_at, actor, field, old_value, new_value,
                    reason, source)
                values (?, ?, ?, ?, null, ?, ?, ?)""", rows);
    }

    List<ChangeRecord> of(long customerId) {
        return jdbc.sql("""
                select id, changed_at, actor, field, old_value, new_value, reason, source
                from customer.change_record where customer_id = ? order by id desc""")
                .param(customerId)
                .query((row, number) -> new ChangeRecord(row.getLong("id"),
                        row.getObject("changed_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
                        row.getString("field"), row.getString("old_value"), row.getString("new_value"),
                        row.getString("reason"), row.getString("source")))
                .list();
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    }
}
