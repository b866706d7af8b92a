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
 * Keeps the monthly partitions of {@code shipment.shipment}: at start-up for this month and the
 * configured months ahead, and before every load for the months it touches. Each missing partition
 * is created in a short transaction of its own, under an advisory lock so that several instances do
 * not race, and never inside a load's transaction (creating a partition locks the parent table until
 * commit). The names are made of the year and month only ({@code shipment_y2026m12}).
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

    /** The months that have a partition now. */
    List<YearMonth> existing() {
        return jdbc.sql("""
                select c.relname from pg_inherits i
                join pg_class c on c.oid = i.inhrelid
                join pg_class p on p.oid = i.inhparent
                join pg_namespace n on n.oid = p.relnamespace
                where n.nspname = 'shipment' and p.relname = 'shipment'""")
                .query(String.class).list().stream()
                .filter(name -> name.matches("shipment_y\\d{4}m\\d{2}"))
                .map(name -> YearMonth.of(Integer.parseInt(name.substring(10, 14)),
                        Integer.parseInt(name.substring(15, 17))))
                .toList();
    }

    static String partitionName(YearMonth month) {
        return "shipment_y%04dm%02d".formatted(month.getYear(), month.getMonthValue());
    }

    private void create(YearMonth month) {
        // DDL takes no parameters; the statement is made of a YearMonth's numbers only
        String sql = "create table if not exists shipment.%s partition of shipment.shipment for values from ('%s') to ('%s')"
                .formatted(partitionName(month), month.atDay(1), month.plusMonths(1).atDay(1));
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((row, n) -> 1).list();
            jdbc.sql(sql).update();
        });
        log.info("Created shipment partition {}", partitionName(month));
    }
}
