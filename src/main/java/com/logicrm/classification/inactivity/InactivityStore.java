package com.logicrm.classification.inactivity;

import com.logicrm.shipment.CustomerActivity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code classification.inactivity_item}. */
@Component
class InactivityStore {

    /** A stored open item, before the archive names its customer. */
    record Item(long customerId, LocalDate lastOrderOn, String grade, int thresholdDays, LocalDate foundOn) {
    }

    /** The keyset position of a worklist page. */
    record Key(LocalDate lastOrderOn, long customerId) {
    }

    private final JdbcClient jdbc;

    InactivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest succeeded classification run, whose grades decide each customer's threshold. */
    Optional<Long> newestRun() {
        return jdbc.sql("select id from classification.run where state = 'SUCCEEDED' order by id desc limit 1")
                .query(Long.class).optional();
    }

    /**
     * Brings one chunk of customers' latest orders into the worklist: an open item whose customer has
     * ordered since, or is no longer silent for longer than its grade allows, goes; a customer silent for
     * too long gets an item for that last order unless it has one (a resolved one stays resolved).
     */
    void merge(List<CustomerActivity.LastOrder> chunk, Long runId, Map<String, Integer> days, LocalDate today,
            Instant refresh) {
        Long[] ids = chunk.stream().map(CustomerActivity.LastOrder::customerId).toArray(Long[]::new);
        LocalDate[] lasts = chunk.stream().map(CustomerActivity.LastOrder::lastOrderOn).toArray(LocalDate[]::new);
        String[] grades = days.keySet().toArray(String[]::new);
        Integer[] thresholds = days.values().toArray(Integer[]::new);
        jdbc.sql("""
                with latest as (
                    select u.id, u.last, coalesce(r.grade, 'UNGRADED') as grade, t.days
                    from unnest(?::bigint[], ?::date[]) u(id, last)
                    left join classification.customer_result r on r.run_id = ? and r.customer_id = u.id
                    join unnest(?::text[], ?::integer[]) t(grade, days) on t.grade = coalesce(r.grade, 'UNGRADED')),
                gone as (
                    delete from classification.inactivity_item i using latest l
                    where i.customer_id = l.id and not i.resolved
                      and (i.last_order_on < l.last or l.last >= ?::date - l.days))
                insert into classification.inactivity_item (customer_id, last_order_on, grade, threshold_days,
                    found_on, refreshed_at)
                select id, last, grade, days, ?, ? from latest where last < ?::date - days
                on conflict (customer_id, last_order_on) do update
                    set grade = excluded.grade, threshold_days = excluded.threshold_days,
                        refreshed_at = excluded.refreshed_at""")
                .params(ids, java.util.Arrays.stream(lasts).map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new),
                        runId, grades, thresholds, today, today, OffsetDateTime.ofInstant(refresh, ZoneOffset.UTC),
                        today)
                .update();
    }

    /** Open items after {@code after} (longest silent first), of one grade when given. */
    List<Item> open(String grade, Key after, int size) {
        return jdbc.sql("""
                select customer_id, last_order_on, grade, threshold_days, found_on
                from classification.inactivity_item
                where not resolved and (last_order_on, customer_id) > (?, ?) and (?::text is null or grade = ?)
                order by last_order_on, customer_id limit ?""")
                .params(after.lastOrderOn(), after.customerId(), grade, grade, size)
                .query((row, n) -> new Item(row.getLong(1), row.getObject(2, LocalDate.class), row.getString(3),
                        row.getInt(4), row.getObject(5, LocalDate.class)))
                .list();
    }

    Optional<Item> openOf(long customerId) {
        return jdbc.sql("""
                select customer_id, last_order_on, grade, threshold_days, found_on
                from classification.inactivity_item where customer_id = ? and not resolved
                order by last_order_on desc limit 1""")
                .param(customerId)
                .query((row, n) -> new Item(row.getLong(1), row.getObject(2, LocalDate.class), row.getString(3),
                        row.getInt(4), row.getObject(5, LocalDate.class)))
                .optional();
    }

    void resolve(Item item, FollowUpReason reason, String note, String by, Instant at) {
        jdbc.sql("""
                update classification.inactivity_item
                set resolved = true, reason = ?, note = ?, resolved_by = ?, resolved_at = ?
                where customer_id = ? and last_order_on = ? and not resolved""")
                .params(reason.name(), note, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), item.customerId(),
                        item.lastOrderOn())
                .update();
    }
}
