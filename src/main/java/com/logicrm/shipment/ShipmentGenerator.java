package com.logicrm.shipment;

import com.logicrm.customer.SyntheticCustomers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The generator of large synthetic data sets (PLT-4): customers filed through the archive's bulk path
 * ({@link SyntheticCustomers}), then 24 months of their shipments through the module's own bulk path
 * (COPY into staging, then the batch merge, which keeps {@code customer_month} up to date), and their
 * monthly invoices and payments with a share of late payers ({@link GeneratedReceivables}). Everything
 * is deterministic for a seed and a date:
 * <ul>
 * <li>volumes per customer follow a Pareto law (shape 1.16, the "80/20" one), so a few customers carry
 *     most of the revenue and ABC grading has something to grade; big shippers also send heavier loads;</li>
 * <li>months follow a seasonal pattern: a peak in January before 春节, a trough in February, a build-up
 *     from September to the 双十一 peak in November and December;</li>
 * <li>each customer has a home region, a main service and a destination mix;</li>
 * <li>damage, loss, wrong dispatch, traffic accidents and late delivery each have a rate of their own
 *     per customer (log-normal around a base rate), so the service indicators differ between customers.</li>
 * </ul>
 */
@Component
class ShipmentGenerator {

    static final String SOURCE = "GENERATOR";
    static final int MONTHS = 24;
    /** Rows per bulk load: one COPY and one merge transaction each. */
    static final int CHUNK = 50_000;
    private static final Logger log = LoggerFactory.getLogger(ShipmentGenerator.class);
    private static final double PARETO_SHAPE = 1.16;
    /** Relative volume by calendar month, January first. */
    private static final double[] SEASON = {1.25, 0.65, 0.90, 0.95, 1.00, 0.95, 0.90, 0.95, 1.05, 1.10, 1.40, 1.30};
    private static final String[] REGIONS = {"310115", "440305", "110105", "330106", "320506", "510107", "420106",
        "440106", "500103", "370202", "120116", "410105", "430104", "610113", "350203", "210204"};
    private static final ServiceType[] SERVICES = ServiceType.values();

    private final ShipmentLoader loader;
    private final SyntheticCustomers customers;
    private final GeneratedReceivables receivables;
    private final Clock clock;

    ShipmentGenerator(ShipmentLoader loader, SyntheticCustomers customers, GeneratedReceivables receivables,
            Clock clock) {
        this.loader = loader;
        this.customers = customers;
        this.receivables = receivables;
        this.clock = clock;
    }

    /** What one run made: customer ids in order, shipments loaded and their revenue in fen. */
    record Generated(List<Long> customerIds, long shipments, long revenueFen, double customerSeconds,
            double shipmentSeconds) {
    }

    /** One customer's traits, drawn once from the seed. */
    record Profile(long customerId, int index, long orders, double weightScale, String home, ServiceType service,
            double damage, double loss, double wrongDispatch, double accident, double late) {
    }

    Generated generate(GeneratorSize size, long seed) {
        return generate(size, seed, true);
    }

    /** Without {@code receivables}, no invoices and payments: the benchmarks measure shipments only. */
    Generated generate(GeneratorSize size, long seed, boolean receivables) {
        long started = System.nanoTime();
        List<Long> ids = customers.file(size.customers(), seed);
        double customerSeconds = (System.nanoTime() - started) / 1e9;
        log.info("Generated {} customers in {} s", ids.size(), String.format(Locale.ROOT, "%.1f", customerSeconds));
        started = System.nanoTime();
        LocalDate today = today();
        List<Profile> profiles = profiles(ids, size.shipments(), seed);
        Chunk chunk = new Chunk();
        long generated = 0;
        long revenue = 0;
        long loaded;
        try (LoadPipeline pipeline = new LoadPipeline(LoadPipeline.workersHere())) {
            for (Profile profile : profiles) {
                revenue += rows(profile, seed, today, chunk);
                if (chunk.rows >= CHUNK) {
                    generated += chunk.rows;
                    pipeline.submit(chunk.handOver(loader));
                    log.info("Generated {} shipments", generated);
                }
            }
            pipeline.submit(chunk.handOver(loader));
            loaded = pipeline.await();
        }
        double shipmentSeconds = (System.nanoTime() - started) / 1e9;
        log.info("Generated {} shipments in {} s", loaded, String.format(Locale.ROOT, "%.1f", shipmentSeconds));
        if (!receivables) {
            return new Generated(ids, loaded, revenue, customerSeconds, shipmentSeconds);
        }
        started = System.nanoTime();
        GeneratedReceivables.Made made = this.receivables.generate(ids, seed, today);
        log.info("Generated {} invoices and {} payments in {} s", made.invoices(), made.payments(),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        return new Generated(ids, loaded, revenue, customerSeconds, shipmentSeconds);
    }

    /**
     * One more day of orders for the same customers ({@code day}, e.g. tomorrow): about a 730th of the
     * 24 months' volume, each customer's share as before, as COPY text. External ids carry the day, so
     * it loads once.
     */
    Chunk oneDay(List<Long> ids, long shipments, long seed, LocalDate day) {
        Chunk chunk = new Chunk();
        for (Profile profile : profiles(ids, shipments, seed)) {
            Random random = new Random(seed * 7_919 + profile.index() * 31L + day.toEpochDay());
            double expected = profile.orders() / (MONTHS * 30.4);
            long orders = (long) expected + (random.nextDouble() < expected - Math.floor(expected) ? 1 : 0);
            for (long n = 0; n < orders; n++) {
                row(profile, random, day, "%d-%s-%d".formatted(profile.customerId(), day, n), day, chunk);
            }
        }
        return chunk;
    }

    /** Each customer's order count (Pareto, cumulatively rounded so they add up to {@code shipments}) and traits. */
    static List<Profile> profiles(List<Long> ids, long shipments, long seed) {
        Random random = new Random(seed);
        double[] weights = new double[ids.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            // inverse transform of a Pareto distribution with minimum 1, capped so one customer cannot take everything
            weights[i] = Math.min(Math.pow(1 - random.nextDouble(), -1 / PARETO_SHAPE), 5_000);
            total += weights[i];
        }
        List<Profile> profiles = new ArrayList<>(ids.size());
        double cumulative = 0;
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            long upTo = Math.round(shipments * cumulative / total);
            Random own = new Random(seed * 1_000_003 + i);
            double quality = Math.exp(own.nextGaussian() * 0.6);
            profiles.add(new Profile(ids.get(i), i, upTo - assigned, 1 + Math.log(weights[i]),
                    REGIONS[own.nextInt(REGIONS.length)], SERVICES[own.nextInt(SERVICES.length)],
                    0.02 * quality, 0.002 * Math.exp(own.nextGaussian() * 0.6), 0.01 * quality,
                    0.001 * Math.exp(own.nextGaussian() * 0.4), Math.min(0.6, 0.08 * quality)));
            assigned = upTo;
        }
        return profiles;
    }

    /** Writes the customer's orders over the 24 months up to {@code today} into the chunk; returns their revenue in fen. */
    static long rows(Profile profile, long seed, LocalDate today, Chunk chunk) {
        Random random = new Random(seed * 6_364_136_223_846_793_005L + profile.index());
        YearMonth last = YearMonth.from(today);
        double[] cumulative = new double[MONTHS];
        double sum = 0;
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = last.minusMonths(MONTHS - 1L - m);
            double days = month.equals(last) ? today.getDayOfMonth() : month.lengthOfMonth();
            sum += SEASON[month.getMonthValue() - 1] * days;
            cumulative[m] = sum;
        }
        long revenue = 0;
        for (long n = 0; n < profile.orders(); n++) {
            double pick = random.nextDouble() * sum;
            int m = 0;
            while (cumulative[m] < pick) {
                m++;
            }
            YearMonth month = last.minusMonths(MONTHS - 1L - m);
            int days = month.equals(last) ? today.getDayOfMonth() : month.lengthOfMonth();
            LocalDate ordered = month.atDay(1 + random.nextInt(days));
            revenue += row(profile, random, ordered, profile.customerId() + "-" + n, today, chunk);
        }
        return revenue;
    }

    /** One order as a COPY text line (columns as {@link ShipmentLoader#COLUMNS}); returns its revenue in fen. */
    private static long row(Profile p, Random random, LocalDate ordered, String externalId, LocalDate today,
            Chunk chunk) {
        ServiceType service = random.nextInt(10) < 6 ? p.service() : SERVICES[random.nextInt(SERVICES.length)];
        String destination = random.nextInt(4) == 0 ? p.home() : REGIONS[random.nextInt(REGIONS.length)];
        int pieces = 1 + (int) (random.nextInt(60) * p.weightScale());
        long weightGrams = pieces * (2_000L + random.nextInt(23_000));
        long volumeLitres = weightGrams / 250;
        long revenueFen = 20_000 + weightGrams * (80 + random.nextInt(120)) / 1_000;
        long costFen = revenueFen * (60 + random.nextInt(26)) / 100;
        LocalDateTime pickedUp = ordered.atTime(8 + random.nextInt(10), random.nextInt(60));
        int promiseHours = destination.equals(p.home()) ? 24 : 24 * (2 + random.nextInt(3));
        LocalDateTime promised = pickedUp.plusHours(promiseHours);
        LocalDateTime delivered = random.nextDouble() < p.late() ? promised.plusHours(2 + random.nextInt(48))
                : promised.minusHours(random.nextInt(Math.max(1, promiseHours / 2)));
        int damaged = random.nextDouble() < p.damage() ? 1 + random.nextInt(Math.min(3, pieces)) : 0;
        int lost = random.nextDouble() < p.loss() && damaged < pieces ? 1 : 0;
        boolean warehousing = service == ServiceType.WAREHOUSING;
        StringBuilder out = chunk.text;
        out.append(SOURCE).append('\t').append(externalId).append('\t').append(p.customerId()).append('\t')
                .append(ordered).append('\t').append(service.name()).append('\t').append(p.home()).append('\t')
                .append(destination).append('\t').append(pieces).append('\t')
                .append(decimal(weightGrams, 3)).append('\t').append(decimal(volumeLitres, 3)).append('\t')
                .append(decimal(revenueFen, 2)).append('\t').append(decimal(costFen, 2)).append('\t')
                .append(time(pickedUp)).append('\t').append(time(promised)).append('\t')
                .append(delivered.toLocalDate().isAfter(today) ? "\\N" : time(delivered)).append('\t')
                .append(damaged).append('\t').append(lost).append('\t')
                .append(random.nextDouble() < p.wrongDispatch()).append('\t')
                .append(random.nextDouble() < p.accident()).append('\t')
                .append(warehousing && random.nextInt(15) == 0 ? 1 : 0).append('\t')
                .append(random.nextInt(40) == 0).append('\t')
                .append(random.nextInt(3) == 0).append('\t')
                .append(random.nextInt(10) == 0 ? "\\N" : Boolean.toString(random.nextInt(8) != 0)).append('\n');
        chunk.rows++;
        chunk.months.add(YearMonth.from(ordered));
        return revenueFen;
    }

    private static String decimal(long units, int scale) {
        String digits = Long.toString(units);
        if (digits.length() <= scale) {
            digits = "0".repeat(scale - digits.length() + 1) + digits;
        }
        return digits.substring(0, digits.length() - scale) + "." + digits.substring(digits.length() - scale);
    }

    /** Times are written in China Standard Time, where the orders happen. */
    private static String time(LocalDateTime time) {
        return time + "+08";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    /** Rows waiting to be loaded, as COPY text, and the months they fall in. */
    static final class Chunk {

        final StringBuilder text = new StringBuilder(1 << 20);
        final Set<YearMonth> months = new HashSet<>();
        long rows;

        long load(ShipmentLoader loader) {
            return handOver(loader).getAsLong();
        }

        /** The load of the rows made so far, to run now or on another thread; the chunk starts empty again. */
        LongSupplier handOver(ShipmentLoader loader) {
            if (rows == 0) {
                return () -> 0;
            }
            String copy = text.toString();
            Set<YearMonth> touched = Set.copyOf(months);
            text.setLength(0);
            months.clear();
            rows = 0;
            return () -> loader.loadCopy(SOURCE, touched, copy, "system");
        }
    }
}
