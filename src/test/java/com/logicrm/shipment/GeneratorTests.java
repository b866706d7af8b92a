package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PLT-4: the data generator on a real PostgreSQL at a small custom size — deterministic for a seed,
 * Pareto-like volumes, 24 months, a monthly summary equal to a full recomputation, and receivables whose
 * ageing fills every bucket, with late payers and a few who never pay.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratorTests {

    static final GeneratorSize MINI = new GeneratorSize("mini", 400, 12_000);

    @Autowired
    ShipmentGenerator generator;

    @Autowired
    JdbcClient jdbc;

    /**
     * A fixed seed, so that the distribution checks below see the same data every run; no other test
     * generates with it (the generated credit codes are unique by seed and position, and the test
     * database is new for every test run).
     */
    final long seed = 20_261_201L;
    ShipmentGenerator.Generated generated;
    Long[] ids;

    @BeforeAll
    void generate() {
        generated = generator.generate(MINI, seed);
        ids = generated.customerIds().toArray(Long[]::new);
    }

    @Test
    void makesTheSizeAskedFor() {
        assertThat(generated.customerIds()).hasSize(400).doesNotHaveDuplicates();
        assertThat(generated.shipments()).isEqualTo(12_000);
        assertThat(jdbc.sql("select count(*) from shipment.shipment where customer_id = any(?)").param(ids)
                .query(Long.class).single()).isEqualTo(12_000);
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(jdbc.sql("select min(ordered_on) from shipment.shipment where customer_id = any(?)").param(ids)
                .query(LocalDate.class).single()).isAfterOrEqualTo(today.withDayOfMonth(1).minusMonths(23));
        assertThat(jdbc.sql("select max(ordered_on) from shipment.shipment where customer_id = any(?)").param(ids)
                .query(LocalDate.class).single()).isBeforeOrEqualTo(today);
    }

    @Test
    void theSameSeedGivesTheSameRowsAndTotalsAndAnotherSeedDoesNot() {
        List<Long> someIds = LongStream.rangeClosed(1, 50).boxed().toList();
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(text(someIds, 7, today)).isEqualTo(text(someIds, 7, today));
        assertThat(text(someIds, 7, today)).isNotEqualTo(text(someIds, 8, today));
        // the rows in the database add up to what the same seed gives again
        long again = 0;
        for (ShipmentGenerator.Profile profile : ShipmentGenerator.profiles(generated.customerIds(), 12_000, seed)) {
            again += ShipmentGenerator.rows(profile, seed, LocalDate.now(ZoneId.systemDefault()),
                    new ShipmentGenerator.Chunk());
        }
        assertThat(again).isEqualTo(generated.revenueFen());
        BigDecimal stored = jdbc.sql("select sum(revenue) from shipment.shipment where customer_id = any(?)")
                .param(ids).query(BigDecimal.class).single();
        assertThat(stored.movePointRight(2).longValueExact()).isEqualTo(generated.revenueFen());
    }

    @Test
    void aFifthOfTheCustomersCarryMostOfTheRevenue() {
        List<BigDecimal> revenue = jdbc.sql("""
                select coalesce(sum(revenue), 0) from unnest(?::bigint[]) c(id)
                left join shipment.customer_month m on m.customer_id = c.id group by c.id""")
                .param(ids).query(BigDecimal.class).list().stream().sorted(Comparator.reverseOrder()).toList();
        BigDecimal total = revenue.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top = revenue.subList(0, revenue.size() / 5).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(top.doubleValue() / total.doubleValue()).isGreaterThanOrEqualTo(0.6).isLessThan(0.97);
        // and the single biggest does not carry it all
        assertThat(revenue.get(0).doubleValue() / total.doubleValue()).isLessThan(0.3);
    }

    @Test
    void customersDifferInIncidentRatesAndMonthsInVolume() {
        List<Double> damage = jdbc.sql("""
                select sum(damaged_pieces)::float8 / sum(pieces) from shipment.shipment
                where customer_id = any(?) group by customer_id having count(*) >= 100""")
                .param(ids).query(Double.class).list();
        // customers with enough shipments for a rate to mean something; the seed differs per run
        assertThat(damage.size()).isGreaterThan(5);
        assertThat(damage.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                .isGreaterThan(2 * damage.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        Long november = jdbc.sql("""
                select count(*) from shipment.shipment where customer_id = any(?) and extract(month from ordered_on) = 11
                and ordered_on < date_trunc('month', current_date)""").param(ids).query(Long.class).single();
        Long february = jdbc.sql("""
                select count(*) from shipment.shipment where customer_id = any(?) and extract(month from ordered_on) = 2
                """).param(ids).query(Long.class).single();
        assertThat(november).isGreaterThan(february * 3 / 2);
    }

    @Test
    void theMonthlySummaryEqualsAFullRecomputation() {
        String recomputed = """
                select customer_id, date_trunc('month', ordered_on)::date as month, count(*) as orders,
                    sum(pieces) as pieces, sum(weight_kg) as weight_kg, sum(revenue) as revenue, sum(cost) as cost,
                    min(ordered_on) as first_order_on, max(ordered_on) as last_order_on
                from shipment.shipment where customer_id = any(?) group by 1, 2""";
        String kept = """
                select customer_id, month, orders, pieces, weight_kg, revenue, cost, first_order_on, last_order_on
                from shipment.customer_month where customer_id = any(?)""";
        long rows = jdbc.sql("select count(*) from (" + kept + ") k").param(ids).query(Long.class).single();
        assertThat(rows).isGreaterThan(400);
        assertThat(jdbc.sql("select count(*) from ((" + kept + ") except (" + recomputed + ")) d")
                .params(ids, ids).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ((" + recomputed + ") except (" + kept + ")) d")
                .params(ids, ids).query(Long.class).single()).isZero();
    }

    @Test
    void oneMoreDayKeepsTheSummaryIncremental() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        ShipmentGenerator.Chunk day = generator.oneDay(generated.customerIds(), 12_000, seed, today);
        long before = jdbc.sql("select sum(orders) from shipment.customer_month where customer_id = any(?)")
                .param(ids).query(Long.class).single();
        long rows = day.rows;
        assertThat(rows).isBetween(5L, 60L);
        assertThat(day.load(generatorLoader())).isEqualTo(rows);
        assertThat(jdbc.sql("select sum(orders) from shipment.customer_month where customer_id = any(?)")
                .param(ids).query(Long.class).single()).isEqualTo(before + rows);
        // the same day again loads nothing
        assertThat(generator.oneDay(generated.customerIds(), 12_000, seed, today).load(generatorLoader())).isZero();
    }

    @Autowired
    ReceivableQueries receivables;

    @Test
    void everyFinishedMonthIsInvoicedAndTheAgeingHasEveryBucket() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(jdbc.sql("select count(*) from shipment.invoice where customer_id = any(?) and source = 'GENERATOR'")
                .param(ids).query(Long.class).single())
                .isEqualTo(jdbc.sql("""
                        select count(*) from shipment.customer_month where customer_id = any(?) and revenue > 0
                        and month < date_trunc('month', current_date)""").param(ids).query(Long.class).single())
                .isGreaterThan(400);
        BigDecimal[] buckets = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Long id : ids) {
            Receivables.Buckets ageing = receivables.at(id, today).ageing();
            BigDecimal[] each = {ageing.notDue(), ageing.days0To30(), ageing.days31To60(), ageing.days61To90(),
                ageing.over90()};
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = buckets[i].add(each[i]);
            }
        }
        assertThat(buckets).as("not due, 0–30, 31–60, 61–90, over 90").allSatisfy(sum -> assertThat(sum).isPositive());
    }

    @Test
    void somePayLateAndAFewNeverPay() {
        long payments = jdbc.sql("select count(*) from shipment.payment where customer_id = any(?)").param(ids)
                .query(Long.class).single();
        long lateByAMonthOrMore = jdbc.sql("""
                select count(*) from shipment.payment p join shipment.invoice i
                    on i.customer_id = p.customer_id and i.number = p.invoice_number
                where p.customer_id = any(?) and p.paid_on >= i.due_on + 30""").param(ids).query(Long.class).single();
        assertThat(lateByAMonthOrMore).isPositive();
        assertThat((double) lateByAMonthOrMore / payments).isBetween(0.05, 0.4);
        assertThat(jdbc.sql("""
                select max(p.paid_on - i.due_on) from shipment.payment p join shipment.invoice i
                    on i.customer_id = p.customer_id and i.number = p.invoice_number
                where p.customer_id = any(?)""").param(ids).query(Integer.class).single()).isBetween(90, 120);
        // customers with an invoice due over 120 days ago and no payment at all: exactly the non-payers of the seed
        List<Long> neverPaid = jdbc.sql("""
                select i.customer_id from shipment.invoice i where i.customer_id = any(?)
                group by i.customer_id having min(i.due_on) < current_date - 120
                and not exists (select 1 from shipment.payment p where p.customer_id = i.customer_id)
                order by 1""").param(ids).query(Long.class).list();
        List<Long> expected = jdbc.sql("""
                select distinct customer_id from shipment.invoice where customer_id = any(?)
                and due_on < current_date - 120 order by 1""").param(ids).query(Long.class).list().stream()
                .filter(id -> GeneratedReceivables.payer(seed, generated.customerIds().indexOf(id))
                        == GeneratedReceivables.Payer.NEVER)
                .toList();
        assertThat(neverPaid).isNotEmpty().isEqualTo(expected).hasSizeLessThan(ids.length / 10);
        assertThat(GeneratedReceivables.payer(seed, 17)).isEqualTo(GeneratedReceivables.payer(seed, 17));
    }

    @Autowired
    ShipmentLoader loader;

    private ShipmentLoader generatorLoader() {
        return loader;
    }

    private static String text(List<Long> ids, long seed, LocalDate today) {
        ShipmentGenerator.Chunk chunk = new ShipmentGenerator.Chunk();
        for (ShipmentGenerator.Profile profile : ShipmentGenerator.profiles(ids, 2_000, seed)) {
            ShipmentGenerator.rows(profile, seed, today, chunk);
        }
        return chunk.text.toString();
    }
}
