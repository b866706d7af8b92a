package com.logicrm.shipment;

import com.logicrm.shared.jobs.JobProgress;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shipment side of the benchmark runner: the generator, the same rows by a raw {@code COPY}, the
 * application's KPI query per customer and one more day through the bulk path.
 */
public final class BenchShipments {

    /** A generated size: the customers in order, shipments loaded, seconds for customers and shipments. */
    public record Generated(List<Long> customerIds, long shipments, double customerSeconds,
            double shipmentSeconds) {
    }

    private BenchShipments() {
    }

    public static Generated generate(ApplicationContext context, String size, long seed) {
        ShipmentGenerator.Generated generated = context.getBean(ShipmentGenerator.class)
                .generate(GeneratorSize.of(size), seed, false);
        return new Generated(generated.customerIds(), generated.shipments(), generated.customerSeconds(),
                generated.shipmentSeconds());
    }

    public static int customersOf(String size) {
        return GeneratorSize.of(size).customers();
    }

    public static long shipmentsOf(String size) {
        return GeneratorSize.of(size).shipments();
    }

    /**
     * The same rows the generator loaded, made the same way in chunks of the same size, each sent by a
     * bare {@code COPY} into an unindexed table of the staging columns; returns the seconds.
     */
    public static double rawCopy(DataSource dataSource, List<Long> ids, long shipments, long seed) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table public.bench_shipment_raw (" + ShipmentLoader.COLUMNS + ")");
            long started = System.nanoTime();
            ShipmentGenerator.Chunk chunk = new ShipmentGenerator.Chunk();
            for (ShipmentGenerator.Profile profile : ShipmentGenerator.profiles(ids, shipments, seed)) {
                ShipmentGenerator.rows(profile, seed, today, chunk);
                if (chunk.rows >= ShipmentGenerator.CHUNK) {
                    copy(connection, chunk);
                }
            }
            copy(connection, chunk);
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private static void copy(Connection connection, ShipmentGenerator.Chunk chunk) {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy public.bench_shipment_raw from stdin",
                    new StringReader(chunk.text.toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        chunk.text.setLength(0);
        chunk.months.clear();
        chunk.rows = 0;
    }

    /** The application's KPI-1 for one customer over the twelve months up to {@code to}; returns its order count. */
    /** Rebuilds the monthly summary of {@code first} to {@code last} as the recompute job does; returns seconds. */
    public static double recompute(ApplicationContext context, YearMonth first, YearMonth last) {
        long started = System.nanoTime();
        context.getBean(SummaryRecompute.class).months(first, last, new JobProgress() {
            @Override
            public void total(long total) {
            }

            @Override
            public void done(long done) {
            }
        });
        return (System.nanoTime() - started) / 1e9;
    }

    /** The recompute's aggregate over the same months, only selected: the bare SQL beside it; returns seconds. */
    public static double bareMonthFigures(JdbcClient jdbc, YearMonth first, YearMonth last) {
        return onServerOnly(jdbc, MonthFigures.aggregate("(select " + MonthFigures.SHIPMENT_COLUMNS
                + " from shipment.shipment where ordered_on >= ? and ordered_on < ?) s"),
                first.atDay(1), last.plusMonths(1).atDay(1));
    }

    /**
     * Runs {@code query} to its last row on the server without sending the rows ({@code explain
     * analyze}, timing off): a bare baseline, neither slowed by the transfer nor held in the
     * benchmark's memory (twelve million rows at L). Returns seconds.
     */
    public static double onServerOnly(JdbcClient jdbc, String query, Object... params) {
        long started = System.nanoTime();
        jdbc.sql("explain (analyze, timing off, costs off) " + query).params(params).query(String.class).list();
        return (System.nanoTime() - started) / 1e9;
    }

    /** Makes one more day of orders ({@code day}) and loads it through the bulk path: rows made, rows loaded, seconds of the load. */
    public static long[] oneMoreDay(ApplicationContext context, List<Long> ids, long shipments, long seed,
            LocalDate day) {
        ShipmentGenerator.Chunk chunk = context.getBean(ShipmentGenerator.class).oneDay(ids, shipments, seed, day);
        long rows = chunk.rows;
        long started = System.nanoTime();
        long loaded = chunk.load(context.getBean(ShipmentLoader.class));
        return new long[] {rows, loaded, System.nanoTime() - started};
    }
}
