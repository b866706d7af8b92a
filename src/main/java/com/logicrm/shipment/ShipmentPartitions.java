package com.logicrm.shipment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the monthly partitions of {@code shipment.shipment} and of its summary {@code
 * shipment.customer_month}, a month of each together: at start-up for this month and the configured
 * months ahead, and before every load for the months it touches. Each missing month is created in a
 * short transaction of its own, under an advisory lock so that several instances do not race, and
 * never inside a load's transaction (creating a partition locks the parent table until commit). The
 * names are made of the year and month only ({@code shipment_y2026m12}, {@code customer_month_y2026m12}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ShipmentPartitions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShipmentPartitions.class);
    private static final long LOCK = 0x5348_4950_4d4eL;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ShipmentSettings settings;
    private final Clock clock;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    ShipmentPartitions(JdbcClient jdbc, TransactionTemplate transaction, ShipmentSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneId.systemDefault()));
        ensure(IntStream.rangeClosed(0, settings.partitionsAhead()).mapToObj(now::plusMonths).toList());
    }

    /** The last order date a load accepts: the end of the furthest month partitions are kept ahead for. */
    LocalDate latestOrderDate() {
        return YearMonth.now(clock.withZone(ZoneId.systemDefault())).plusMonths(settings.partitionsAhead())
                .atEndOfMonth();
    }

    /** Makes sure a partition exists for each month. */
    void ensure(Collection<YearMonth> months) {
        List<YearMonth> missing = months.stream().distinct().filter(month -> !known.contains(month)).toList();
        if (missing.isEmpty()) {
            return;
        }
        known.addAll(existing());
        for (YearMonth month : missing) {
            if (!known.contains(month)) {
                create(month);
                known.add(month);
            }
        }
    }

    /** The months that have both their partitions now. */
    List<YearMonth> existing() {
        List<YearMonth> shipments = partitionsOf("shipment");
        List<YearMonth> summaries = partitionsOf("customer_month");
        return shipments.stream().filter(summaries::contains).toList();
    }

    private List<YearMonth> partitionsOf(String table) {
        return jdbc.sql("""
                select c.relname from pg_inherits i
                join pg_class c on c.oid = i.inhrelid
                join pg_class p on p.oid = i.inhparent
                join pg_namespace n on n.oid = p.relnamespace
                where n.nspname = 'shipment' and p.relname = ?""")
                .param(table)
                .query(String.class).list().stream()
                .filter(name -> name.matches(table + "_y\\d{4}m\\d{2}"))
                .map(name -> name.substring(name.length() - 7)) // 2026m12
                .map(yearMonth -> YearMonth.of(Integer.parseInt(yearMonth.substring(0, 4)),
                        Integer.parseInt(yearMonth.substring(5))))
                .toList();
    }

    private static String partitionName(String table, YearMonth month) {
        return "%s_y%04dm%02d".formatted(table, month.getYear(), month.getMonthValue());
    }

    private void create(YearMonth month) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((row, n) -> 1).list();
            jdbc.sql(createPartition("shipment", month, "")).update();
            // loads update the months they touch: room on each page keeps the new version beside the old
            jdbc.sql(createPartition("customer_month", month, " with (fillfactor = 80)")).update();
        });
        log.info("Created shipment partitions for {}", month);
    }

    private static String createPartition(String table, YearMonth month, String options) {
        // DDL takes no parameters; the statement is made of a YearMonth's numbers only
        return "create table if not exists shipment.%s partition of shipment.%s for values from ('%s') to ('%s')%s"
                .formatted(partitionName(table, month), table, month.atDay(1), month.plusMonths(1).atDay(1), options);
    }
}
