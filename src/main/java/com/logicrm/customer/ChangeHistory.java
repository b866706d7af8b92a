package com.logicrm.customer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and reads the field-by-field change history of customers, always in the caller's transaction. */
@Component
class ChangeHistory {

    static final String REGISTERED = "registered";
    private static final int MAX_VALUE = 2000;
    private final JdbcClient jdbc;

    ChangeHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** The registration of many new cards at once, each one history row, in one statement (imports). */
    void registeredAll(Map<Long, String> archiveNosById, String actor, Instant at, String reason, String source) {
        jdbc.sql("""
                insert into customer.change_record (customer_id, changed_at, actor, field, old_value, new_value,
                    reason, source)
                select card.id, ?, ?, ?, null, card.archive_no, ?, ?
                from unnest(?::bigint[], ?::text[]) as card (id, archive_no)""")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, REGISTERED, reason, source,
                        archiveNosById.keySet().toArray(Long[]::new), archiveNosById.values().toArray(String[]::new))
                .update();
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
