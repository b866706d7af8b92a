package com.logicrm.bench;

import com.logicrm.access.ApiTokens;
import com.logicrm.access.SignedInUser;
import com.logicrm.shipment.BenchShipments;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The business-data benchmark: generates a size (S, M, L) with the product's generator into a fresh
 * embedded database, with the web server on a random port, and measures each figure beside a
 * baseline of the same run — the bulk load of shipments beside a raw {@code COPY} of the same rows into
 * an unindexed table; the KPI-1 recompute of the last twelve months for every customer (the
 * application's per-customer query) beside the bare SQL aggregate of all customers at once; loading one
 * more day through the bulk path (which refreshes {@code customer_month} incrementally) beside a full
 * recomputation of the monthly summary; and {@code GET /api/v1/customers/{id}} under concurrent load
 * beside the bare card query at the same concurrency. Writes
 * {@code bench/results/<date>-shipments-<size>.{md,json}}.
 *
 * <p>Not a test: {@code bench/run shipments [S|M|L]}.
 */
public final class ShipmentBenchmark {

    static final long SEED = 20_261_201L;

    private ShipmentBenchmark() {
    }

    record Load(double seconds, double perSecond, double bareSeconds, double barePerSecond) {
    }

    record Throughput(long requests, long errors, double perSecond, double p50, double p90, double p99) {
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0].toUpperCase(Locale.ROOT) : "S";
        int threads = Integer.getInteger("bench.http.threads", 16);
        int httpSeconds = Integer.getInteger("bench.http.seconds", 20);
        Path results = Path.of(System.getProperty("bench.results", "bench/results"));
        try (BenchApplication application = BenchApplication.start(WebApplicationType.SERVLET)) {
            ConfigurableApplicationContext context = application.context();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            DataSource dataSource = context.getBean(DataSource.class);
            Organisation.create(jdbc);

            BenchShipments.Generated generated = BenchShipments.generate(context, size, SEED);
            List<Long> ids = generated.customerIds();
            long shipments = generated.shipments();
            System.out.printf("Generated %,d customers in %.1f s, %,d shipments in %.1f s%n", ids.size(),
                    generated.customerSeconds(), shipments, generated.shipmentSeconds());
            double raw = BenchShipments.rawCopy(dataSource, ids, BenchShipments.shipmentsOf(size), SEED);
            Load load = new Load(generated.shipmentSeconds(), shipments / generated.shipmentSeconds(), raw,
                    shipments / raw);
            System.out.printf("Bulk load %,.0f shipments/s; raw COPY of the same rows %,.0f rows/s%n",
                    load.perSecond(), load.barePerSecond());
            jdbc.sql("vacuum analyze shipment.shipment").update();
            jdbc.sql("vacuum analyze shipment.customer_month").update();

            LocalDate today = LocalDate.now(ZoneId.systemDefault());
            YearMonth last = YearMonth.from(today);
            YearMonth first = last.minusMonths(11);
            // one warm-up pass of each, then the measured one
            BenchShipments.recompute(context, first, last);
            double kpiApp = BenchShipments.recompute(context, first, last);
            BenchShipments.bareMonthFigures(jdbc, first, last);
            double kpiBare = BenchShipments.bareMonthFigures(jdbc, first, last);
            System.out.printf("KPI full-year recompute (%s to %s): application %.2f s, bare aggregate %.2f s%n", first,
                    last, kpiApp, kpiBare);

            long[] day = BenchShipments.oneMoreDay(context, ids, shipments, SEED, today.plusDays(1));
            double daySeconds = day[2] / 1e9;
            double recompute = recomputeSummary(jdbc);
            System.out.printf("One more day: %,d shipments loaded in %.2f s; full summary recomputation %.2f s%n",
                    day[1], daySeconds, recompute);

            SignedInUser supervisor = (SignedInUser) context.getBean(UserDetailsService.class)
                    .loadUserByUsername(Organisation.SUPERVISOR);
            String token = context.getBean(ApiTokens.class).issueTo(supervisor, "bench").token();
            String base = "http://localhost:" + application.port() + "/api/v1/customers/";
            Throughput api;
            String client;
            if (Wrk.available()) {
                client = "wrk, a second process, " + threads + " connections on 2 threads";
                Wrk.run(base, token, ids, threads, Wrk.warmUpSeconds());
                Wrk.Result result = Wrk.run(base, token, ids, threads, httpSeconds);
                api = new Throughput(result.requests(), result.errors(), result.perSecond(), result.p50(), result.p90(),
                        result.p99());
            } else {
                client = "Java HttpClient in the same JVM, " + threads + " threads (install wrk for a fairer client)";
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .executor(Executors.newFixedThreadPool(4)).build();
                LongPredicate card = id -> {
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + id))
                                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                                .GET().build(), HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200;
                    } catch (Exception e) {
                        return false;
                    }
                };
                load(card, ids, threads, Wrk.warmUpSeconds());
                api = load(card, ids, threads, httpSeconds);
            }
            LongPredicate bare = id -> !jdbc.sql("select * from customer.customer where id = ?").param(id)
                    .query().listOfRows().isEmpty();
            load(bare, ids, threads, 3);
            Throughput sql = load(bare, ids, threads, httpSeconds);
            System.out.printf("GET card (%s): %,.0f req/s p99 %.1f ms (%d errors); bare card query %,.0f q/s p99 %.1f ms%n",
                    client, api.perSecond(), api.p99(), api.errors(), sql.perSecond(), sql.p99());

            String date = LocalDate.now(ZoneOffset.UTC).toString();
            String postgres = jdbc.sql("show server_version").query(String.class).single();
            int cores = Runtime.getRuntime().availableProcessors();
            String markdown = markdown(date, size, ids.size(), shipments, cores, postgres, generated, load, kpiApp,
                    kpiBare, day, daySeconds, recompute, client, threads, httpSeconds, api, sql);
            String json = String.format(Locale.ROOT, """
                    {"date":"%s","size":"%s","customers":%d,"shipments":%d,"cores":%d,"postgres":"%s",
                     "customerSeconds":%.3f,
                     "bulkLoad":{"seconds":%.3f,"perSecond":%.0f,"rawCopySeconds":%.3f,"rawCopyPerSecond":%.0f,"ratio":%.3f},
                     "kpiFullYear":{"appSeconds":%.3f,"bareSeconds":%.3f,"ratio":%.3f},
                     "oneMoreDay":{"shipments":%d,"seconds":%.3f,"fullRecomputeSeconds":%.3f},
                     "getCustomer":{"threads":%d,"seconds":%d,"requests":%d,"errors":%d,"perSecond":%.0f,"p50":%.2f,"p90":%.2f,"p99":%.2f},
                     "bareCardQuery":{"queries":%d,"perSecond":%.0f,"p50":%.2f,"p90":%.2f,"p99":%.2f},
                     "note":"compare each figure with its baseline of the same run"}
                    """, date, size, ids.size(), shipments, cores, postgres, generated.customerSeconds(),
                    load.seconds(), load.perSecond(), load.bareSeconds(), load.barePerSecond(),
                    load.perSecond() / load.barePerSecond(), kpiApp, kpiBare, kpiApp / kpiBare, day[1], daySeconds,
                    recompute, threads, httpSeconds, api.requests(), api.errors(), api.perSecond(), api.p50(),
                    api.p90(), api.p99(), sql.requests(), sql.perSecond(), sql.p50(), sql.p90(), sql.p99());
            Files.createDirectories(results);
            Files.writeString(results.resolve(date + "-shipments-" + size + ".md"), markdown);
            Files.writeString(results.resolve(date + "-shipments-" + size + ".json"), json);
            System.out.println();
            System.out.println(markdown);
        }
    }

    private static double recomputeSummary(JdbcClient jdbc) {
        return BenchShipments.onServerOnly(jdbc, """
                select customer_id, date_trunc('month', ordered_on)::date, count(*), sum(pieces), sum(weight_kg),
                    sum(revenue), sum(cost), min(ordered_on), max(ordered_on)
                from shipment.shipment group by 1, 2""");
    }

    /** {@code threads} platform threads calling {@code call} with random customer ids for {@code seconds}. */
    private static Throughput load(LongPredicate call, List<Long> ids, int threads, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] times = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                    long started = System.nanoTime();
                    if (!call.test(id)) {
                        errors.incrementAndGet();
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - started;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            all.add(future.get());
        }
        pool.shutdown();
        long[] times = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Throughput(times.length, errors.get(), times.length / (double) seconds, ms(times, 0.50),
                ms(times, 0.90), ms(times, 0.99));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, quantile * sorted.length)] / 1e6;
    }

    private static String markdown(String date, String size, int customers, long shipments, int cores,
            String postgres, BenchShipments.Generated generated, Load load, double kpiApp, double kpiBare, long[] day,
            double daySeconds, double recompute, String client, int threads, int httpSeconds, Throughput api,
            Throughput sql) {
        return String.format(Locale.ROOT, """
                # Business data benchmark — %s, size %s (%,d customers, %,d shipments)

                Machine: %d cores; compare each figure with its baseline, measured in the same run. Java %s; PostgreSQL %s (embedded). Customers
                generated and filed in %.1f s. The GET load runs as the customer information supervisor, who may
                see confidential customers: each view of one of those (one customer in thirty) writes an audit row.

                | operation | application | baseline (same run) | ratio | target (at L) |
                | --- | ---: | ---: | ---: | --- |
                | bulk load of shipments (generate, COPY to staging, merge into shipments and monthly summary; one loading connection per core) | %,.0f rows/s (%.1f s) | raw COPY into an unindexed table: %,.0f rows/s (%.1f s) | %.2f× the raw rate | ≥ 100,000 rows/s and ≥ 0.5× raw COPY |
                | KPI-1 and sales figures, full-year recompute: the last 12 months of every customer rebuilt from the shipments into the monthly summary (job, one statement per month) | %.2f s | the same aggregate, only run on the server: %.2f s | %.2f× the bare time | ≤ 60 s and ≤ 1.5× bare |
                | one more day (%,d shipments) through the bulk path, summary refreshed incrementally | %.2f s | full recomputation of the monthly summary: %.2f s | — | ≤ 5 s |
                | GET /api/v1/customers/{id} (%s), %d s | %,.0f req/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, %d errors | bare card query, %d JDBC threads: %,.0f q/s, p99 %.2f ms | — | ≥ 1,500 req/s, p99 ≤ 50 ms |
                """, date, size, customers, shipments, cores, System.getProperty("java.version"), postgres,
                generated.customerSeconds(), load.perSecond(), load.seconds(), load.barePerSecond(),
                load.bareSeconds(), load.perSecond() / load.barePerSecond(), kpiApp, kpiBare, kpiApp / kpiBare, day[1],
                daySeconds, recompute, client, httpSeconds, api.perSecond(), api.p50(), api.p90(), api.p99(),
                api.errors(), threads, sql.perSecond(), sql.p99());
    }
}
