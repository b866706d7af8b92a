package com.logicrm.bench;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.ClassificationRuns;
import com.logicrm.classification.RunRequest;
import com.logicrm.classification.RunState;
import com.logicrm.classification.RunView;
import com.logicrm.shipment.BenchShipments;
import com.logicrm.shipment.ShipmentFigures;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A full classification run (ABC, deciles, stars, loyalty with its fit, best vs loyal, RFM, value) over
 * the last twelve months of a generated data set, as a background job started the way the page starts
 * it, beside the bare aggregate the run starts from (the same statement over the same shipments, its
 * table made and thrown away), and the heap in use sampled while the run works. Writes
 * {@code bench/results/<date>-classification-<size>.{md,json}}.
 *
 * <p>Not a test: {@code bench/run classification [S|M|L]}.
 */
public final class ClassificationBenchmark {

    private static final long SEED = 20261201L;

    private ClassificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0].toUpperCase(Locale.ROOT) : "S";
        Path results = Path.of(System.getProperty("bench.results", "bench/results"));
        try (BenchApplication application = BenchApplication.start()) {
            ConfigurableApplicationContext context = application.context();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Organisation.create(jdbc);
            BenchShipments.Generated generated = BenchShipments.generate(context, size, SEED);
            System.out.printf("Generated %,d customers, %,d shipments%n", generated.customerIds().size(),
                    generated.shipments());
            jdbc.sql("vacuum analyze shipment.shipment").update();

            LocalDate periodTo = LocalDate.now(ZoneId.systemDefault());
            LocalDate periodFrom = periodTo.minusYears(1).plusDays(1);
            SignedInUser supervisor = (SignedInUser) context.getBean(UserDetailsService.class)
                    .loadUserByUsername(Organisation.SUPERVISOR);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    supervisor, null, supervisor.getAuthorities()));
            ClassificationRuns runs = context.getBean(ClassificationRuns.class);
            ShipmentFigures figures = context.getBean(ShipmentFigures.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);

            // one warm-up of each, then the measured one
            run(runs, supervisor, periodFrom, periodTo);
            bare(figures, transactions, periodFrom, periodTo);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            Measured measured = run(runs, supervisor, periodFrom, periodTo);
            double bareSeconds = bare(figures, transactions, periodFrom, periodTo);
            System.out.printf("Run %.2f s (%,d customers graded), bare aggregate %.2f s; heap before %.0f MB, "
                    + "highest during the run %.0f MB, highest after a collection %.0f MB%n", measured.seconds(),
                    measured.customers(), bareSeconds, heapBefore / 1e6, measured.highestHeap() / 1e6,
                    measured.highestAfterGc() / 1e6);

            String date = LocalDate.now(ZoneOffset.UTC).toString();
            String markdown = String.format(Locale.ROOT, """
                    # Classification benchmark — %s, size %s (%,d customers, %,d shipments)

                    Machine: %d cores, Java %s, PostgreSQL %s (embedded). Period %s to %s; the run also reads the
                    year before it for the loyalty fit.

                    | operation | application | baseline (same run) | ratio | target (at L) |
                    | --- | ---: | ---: | ---: | --- |
                    | full classification run as a job (ABC, deciles, stars, loyalty fitted, best vs loyal, RFM, value), %,d customers graded | %.2f s | the per-customer aggregate of the same shipments the run starts from, alone: %.2f s | %.2f× | ≤ 30 s and ≤ 2× bare |
                    | heap in use while the run works (sampled every 100 ms, garbage included) | highest %.0f MB | before the run, after a GC: %.0f MB | — | flat |
                    | heap still in use after each collection during the run (what the run holds) | highest %.0f MB | before the run, after a GC: %.0f MB | — | flat |
                    """, date, size, generated.customerIds().size(), generated.shipments(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    jdbc.sql("show server_version").query(String.class).single(), periodFrom, periodTo,
                    measured.customers(), measured.seconds(), bareSeconds, measured.seconds() / bareSeconds,
                    measured.highestHeap() / 1e6, heapBefore / 1e6, measured.highestAfterGc() / 1e6, heapBefore / 1e6);
            String json = String.format(Locale.ROOT, "{\"date\":\"%s\",\"size\":\"%s\",\"customers\":%d,"
                    + "\"shipments\":%d,\"runSeconds\":%.3f,\"bareSeconds\":%.3f,\"ratio\":%.3f,"
                    + "\"customersGraded\":%d,\"heapBeforeMb\":%.0f,\"heapHighestMb\":%.0f,\"heapAfterGcHighestMb\":%.0f}%n",
                    date, size,
                    generated.customerIds().size(), generated.shipments(), measured.seconds(), bareSeconds,
                    measured.seconds() / bareSeconds, measured.customers(), heapBefore / 1e6,
                    measured.highestHeap() / 1e6, measured.highestAfterGc() / 1e6);
            Files.createDirectories(results);
            Files.writeString(results.resolve(date + "-classification-" + size + ".md"), markdown);
            Files.writeString(results.resolve(date + "-classification-" + size + ".json"), json);
            System.out.println();
            System.out.println(markdown);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record Measured(double seconds, long customers, long highestHeap, long highestAfterGc) {
    }

    /**
     * The heap still in use after the latest garbage collection: what the application holds, without
     * the garbage a sample of the heap in use also counts. Zero before the first collection.
     */
    static long heapAfterLastGc() {
        com.sun.management.GcInfo latest = null;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof com.sun.management.GarbageCollectorMXBean sun) {
                com.sun.management.GcInfo info = sun.getLastGcInfo();
                if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
                    latest = info;
                }
            }
        }
        return latest == null ? 0 : latest.getMemoryUsageAfterGc().values().stream()
                .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
    }

    private static Measured run(ClassificationRuns runs, SignedInUser user, LocalDate from, LocalDate to)
            throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long started = System.nanoTime();
        RunView run = runs.start(new RunRequest(from, to, null, null, null), user);
        long highest = 0;
        long highestAfterGc = 0;
        while (run.state().busy()) {
            highest = Math.max(highest, memory.getHeapMemoryUsage().getUsed());
            highestAfterGc = Math.max(highestAfterGc, heapAfterLastGc());
            Thread.sleep(100);
            run = runs.get(run.id(), user);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (run.state() != RunState.SUCCEEDED) {
            throw new IllegalStateException("run " + run.id() + " ended " + run.state() + ": " + run.failure());
        }
        return new Measured(seconds, run.summary().customers(), highest, highestAfterGc);
    }

    /** The per-customer aggregate of the two years' shipments the run starts from, made alone and thrown away. */
    private static double bare(ShipmentFigures figures, TransactionTemplate transactions, LocalDate from, LocalDate to) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            figures.periodAndYearBeforeInto("bare_figures", from.minusYears(1), from, to);
            status.setRollbackOnly();
        });
        return (System.nanoTime() - started) / 1e9;
    }
}
