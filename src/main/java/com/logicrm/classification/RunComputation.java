package com.logicrm.classification;

import com.logicrm.shared.jobs.JobProgress;
import com.logicrm.shipment.ShipmentFigures;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of one run, in one repeatable-read transaction. The period's per-customer figures (and the
 * year before it) come from business data through {@link ShipmentFigures} as a temporary table, made
 * by one statement PostgreSQL may run in parallel; the bounded loyalty sample is drawn from it. The
 * period's shipments by service are grouped meanwhile on a second connection under the same snapshot,
 * on the core the steps after the figures leave idle. Then the loyalty model
 * is fitted (or taken as set), the customers' positions in the run's orderings are worked out on a
 * narrow table of their own, and one statement writes every customer's result row with everything at
 * once: rank, ABC grade, deciles and potential, RFM scores and segment, the grade set by hand, loyalty
 * F, star, best vs loyal, develop flag and value ratios. Then the run's figures by service are stored,
 * the run's summary is worked out once and kept with its totals, and who changed grade since the run
 * before is told.
 *
 * <p>Until 2026-12-01 the figures streamed through the application and were copied back, which kept
 * the aggregate from running in parallel (a cursor never does), and the orderings were window
 * functions over the whole wide row, each sort carrying every column: at a million customers 97 s to
 * read and 53 s to write.
 */
@Component
class RunComputation {

    static final int STEPS = 7;
    private static final Logger LOG = LoggerFactory.getLogger(RunComputation.class);
    private static final String FIGURES = "run_figures";
    private static final String RANKS = "run_ranks";

    private final JdbcClient jdbc;
    private final ShipmentFigures figures;
    private final RunStore runs;
    private final RunSummaries summaries;
    private final ApplicationEventPublisher events;

    RunComputation(JdbcClient jdbc, ShipmentFigures figures, RunStore runs, RunSummaries summaries,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.runs = runs;
        this.summaries = summaries;
        this.events = events;
    }

    @Transactional(isolation = Isolation.REPEATABLE_READ)
    void compute(RunStore.Run run, JobProgress progress) {
        progress.total(STEPS);
        StepTimes times = new StepTimes();
        figures.periodAndYearBeforeInto(FIGURES, historyFrom(run), run.periodFrom(), run.periodTo());
        // a fresh temporary table has no statistics: the joins below are planned from real row counts
        jdbc.sql("analyze " + FIGURES).update();
        // the graded customers and their total margin (for each one's contribution), in one pass
        Population population = jdbc.sql("select count(*), coalesce(sum(revenue - returns - cost), 0) from "
                + FIGURES + " where orders is not null")
                .query((row, n) -> new Population(row.getInt(1), row.getBigDecimal(2))).single();
        int customers = population.customers();
        times.done("figures");
        progress.done(1);
        CompletableFuture<List<ShipmentFigures.ServiceShipments>> byService =
                figures.byServiceAlongside(run.periodFrom(), run.periodTo());
        AbcPolicy.Limits limits = new AbcPolicy(run.settings().abc()).limits(customers);
        LoyaltyPolicy loyalty = new LoyaltyPolicy(run.settings().loyalty());
        LoyaltyModel model = loyalty.model(new LoyaltySample(jdbc, LoyaltySample.CAPACITY)
                .draw(FIGURES, run.id(), loyalty.rules().quantityBasis()), yearScale(run));
        runs.saveLoyaltyModel(run.id(), model);
        times.done("loyalty");
        progress.done(2);
        rank(run);
        times.done("ranks");
        progress.done(3);
        ResultPartition partition = new ResultPartition(run.id());
        partition.create(jdbc);
        write(run, partition, population, limits, model, new StarPolicy(run.settings().stars()),
                new QuadrantPolicy(run.settings().quadrants()));
        times.done("results");
        partition.attach(jdbc);
        times.done("indexes");
        progress.done(5);
        store(run, figures.byService(FIGURES, byService.join()));
        times.done("services");
        progress.done(6);
        runs.succeed(run.id(), summaries.compute(run, customers));
        times.done("summary");
        announceChanges(run.id(), partition);
        times.done("changes");
        progress.done(STEPS);
        LOG.info("Classification run {}: {} customers; {}", run.id(), customers, times);
    }

    /** The customers a run grades (those with orders in the period) and their total margin. */
    private record Population(int customers, BigDecimal margin) {
    }

    /** How long each step of a run took, for the log: where a slow run spends its time. */
    private static final class StepTimes {

        private final StringJoiner steps = new StringJoiner(", ");
        private long since = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            steps.add("%s %.1f s".formatted(step, (now - since) / 1e9));
            since = now;
        }

        @Override
        public String toString() {
            return steps.toString();
        }
    }

    /** The year before the period, the one loyalty learns from and growth is measured against. */
    static LocalDate historyFrom(RunStore.Run run) {
        return run.periodFrom().minusYears(1);
    }

    /** Scales the period's counts and amounts to the length of the year before it (1 for a period of a year). */
    static double yearScale(RunStore.Run run) {
        long year = ChronoUnit.DAYS.between(historyFrom(run), run.periodFrom());
        long period = ChronoUnit.DAYS.between(run.periodFrom(), run.periodTo()) + 1;
        return (double) year / period;
    }

    /**
     * Every graded customer's place in the run's orderings, on a table of ids and sort keys only, so
     * each sort moves a few numbers per customer instead of the whole row: by basis value (most first,
     * equal values by customer id) for rank, decile and ABC; by orders (most first) for the purchase
     * decile; by the last order (equal ones by customer id, highest first) for recency; and by the
     * average order, equal ones sharing their place, for potential. Only positions are taken here: the
     * deciles and scores ({@link #ntile}) and the percent rank follow from them and the number of
     * customers, which the run knows. {@code ntile}, {@code percent_rank} and {@code count(*) over ()}
     * would each make PostgreSQL keep the whole ordering aside to count it first. The RFM frequency and
     * monetary scores are the purchase and value orderings read backwards.
     */
    private void rank(RunStore.Run run) {
        String basis = run.basis() == Basis.MARGIN ? "revenue - returns - cost" : "revenue - returns";
        // four orderings of every customer, each sorted in memory: a million customers' keys take about 100 MB
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("""
                create temporary table %s on commit drop as
                select customer_id, basis_value, average_order, rank, purchase, recency,
                    rank() over (order by average_order) as potential_rank
                from (
                    select customer_id, basis_value, average_order,
                        row_number() over (order by basis_value desc, customer_id) as rank,
                        row_number() over (order by orders desc, customer_id) as purchase,
                        row_number() over (order by last_order_on, customer_id desc) as recency
                    from (
                        select customer_id, orders, last_order_on, %s as basis_value,
                            round((revenue - returns) / orders, 2) as average_order
                        from %s where orders is not null) keys) ranked"""
                .formatted(RANKS, basis, FIGURES))
                .update();
        jdbc.sql("analyze " + RANKS).update();
    }

    /**
     * What {@code ntile(buckets)} gives the row at {@code position} (from 1) of {@code count} rows: the
     * first {@code count % buckets} groups hold one row more than the others.
     */
    static String ntile(String position, String count, String buckets) {
        String size = "(%s / %s)".formatted(count, buckets);
        String larger = "(%s %% %s)".formatted(count, buckets);
        return "case when %1$s <= %2$s * (%3$s + 1) then (%1$s - 1) / (%3$s + 1) + 1 else %2$s + (%1$s - 1 - %2$s * (%3$s + 1)) / %3$s + 1 end"
                .formatted(position, larger, size);
    }

    /**
     * Every customer's result in one statement, into the run's own partition: the figures and what
     * follows from them (net revenue, margin, loyalty F from the model on the period's figures scaled
     * to a year) beside the customer's places and average order from {@link #rank}; from those the ABC
     * grade (AbcPolicy's limits and its rule that nothing brought is D), the deciles, the RFM scores
     * (higher for more recent, more orders, more value); then the grade set by hand, the RFM segment,
     * the star (StarPolicy's levels, highest first), the best-vs-loyal quadrant and develop flag
     * (QuadrantPolicy), and the value ratios: margin rate (margin ÷ net revenue), contribution (margin ÷
     * the run's margin, summed in the pass that counts the customers) and cross ratio (margin ÷ cost).
     *
     * <p>{@code offset 0} keeps each layer a layer: without it PostgreSQL folds the subqueries into one
     * and works out an expression again wherever it is named (loyalty F eight times, each score in
     * every segment test), which took a third of the statement.
     */
    private void write(RunStore.Run run, ResultPartition partition, Population population,
            AbcPolicy.Limits limits, LoyaltyModel model, StarPolicy stars, QuadrantPolicy quadrants) {
        String quantity = model.quantityBasis() == LoyaltyRules.QuantityBasis.WEIGHT ? "weight_kg" : "pieces";
        StringBuilder star = new StringBuilder("case");
        List<StarLevel> levels = stars.levels();
        for (int i = 0; i < levels.size(); i++) {
            star.append(" when decile <= :maxDecile%1$d and loyalty >= :minLoyalty%1$d and potential >= :minPotential%1$d then :stars%1$d"
                    .formatted(i));
        }
        star.append(" else 1 end");
        RfmPolicy rfm = new RfmPolicy(new RfmRules(run.settings().rfmLevels(), run.referenceDate()), run.periodTo());
        String segments = Arrays.stream(RfmSegment.values())
                .map(segment -> "when (r_score >= %1$d) = %2$b and (f_score >= %1$d) = %3$b and (m_score >= %1$d) = %4$b then '%5$s'"
                        .formatted(rfm.highFrom(), segment.recent(), segment.frequent(), segment.valuable(),
                                segment.name()))
                .collect(Collectors.joining(" "));
        String reversed = ":customers + 1 - ";
        var statement = jdbc.sql("""
                insert into %s (run_id, customer_id, orders, service_types, pieces,
                    weight_kg, revenue, returns, net_revenue, cost, margin, first_order_on, last_order_on,
                    basis_value, average_order, previous_orders, previous_revenue, rank, decile, purchase_decile,
                    potential, computed_grade, grade, overridden, recency_days, r_score, f_score, m_score, segment,
                    loyalty, loyal, star, quadrant, develop, margin_rate, contribution, cross_ratio)
                select :run, customer_id, orders, service_types, pieces, weight_kg, revenue, returns, net_revenue,
                    cost, margin, first_order_on, last_order_on, basis_value, average_order, previous_orders,
                    previous_revenue, rank, decile, purchase_decile, potential, computed_grade, grade, overridden,
                    :reference - last_order_on, r_score, f_score, m_score, case %s end, loyalty, loyalty >= :threshold,
                    %s,
                    case when grade = any(string_to_array(:bestGrades, ','))
                            then case when loyalty >= :threshold then 'BEST_LOYAL' else 'BEST_NOT_LOYAL' end
                        when loyalty >= :threshold then 'LOYAL_NOT_BEST' else 'NEITHER' end,
                    grade = any(string_to_array(:developGrades, ',')) and (previous_revenue > 0
                        and net_revenue * cast(:yearScale as float8) >= previous_revenue * :growth
                        or potential >= :topPotential),
                    case when net_revenue > 0 then round(margin / net_revenue, 4) end,
                    case when cast(:totalMargin as numeric) > 0
                        then round(margin / cast(:totalMargin as numeric), 4) end,
                    case when net_revenue > 0 and cost > 0 then round(margin / cost, 4) end
                from (
                    select graded.*, coalesce(o.grade, graded.computed_grade) as grade, o.grade is not null as overridden
                    from (
                        select f.*, r.rank, %s as decile, %s as r_score, %s as purchase_decile,
                            %s as f_score, %s as m_score,
                            round(case when :customers > 1 then (r.potential_rank - 1) / cast(:customers - 1 as float8)
                                else 0 end::numeric, 4) as potential,
                            case when r.basis_value <= 0 then 'D' when r.rank <= :a then 'A' when r.rank <= :b then 'B'
                                when r.rank <= :c then 'C' else 'D' end as computed_grade,
                            r.basis_value, r.average_order,
                            f.revenue - f.returns as net_revenue, f.revenue - f.returns - f.cost as margin,
                            round((1 / (1 + exp(-least(50, greatest(-50,
                                cast(:intercept as float8) + cast(:wOrders as float8) * ln(1 + f.orders * cast(:yearScale as float8))
                                + cast(:wServices as float8) * ln(1 + f.service_types)
                                + cast(:wQuantity as float8) * ln(1 + f.%s * cast(:yearScale as float8))
                                + cast(:wAmount as float8) * ln(1 + greatest(f.revenue - f.returns, 0) * cast(:yearScale as float8)))))))::numeric, 4)
                                as loyalty
                        from %s f join %s r on r.customer_id = f.customer_id
                        offset 0) graded
                    left join classification.grade_override o on o.customer_id = graded.customer_id
                        and o.revoked_at is null
                    offset 0) results"""
                .formatted(partition.table(), segments, star, ntile("r.rank", ":customers", "10"),
                        ntile("r.recency", ":customers", ":levels"), ntile("r.purchase", ":customers", "10"),
                        ntile(reversed + "r.purchase", ":customers", ":levels"),
                        ntile(reversed + "r.rank", ":customers", ":levels"), quantity, FIGURES, RANKS))
                .param("customers", population.customers())
                .param("totalMargin", population.margin())
                .param("run", run.id())
                .param("reference", Date.valueOf(run.referenceDate()))
                .param("threshold", model.threshold())
                .param("bestGrades", names(quadrants.rules().bestGrades()))
                .param("developGrades", names(quadrants.rules().developGrades()))
                .param("yearScale", model.yearScale())
                .param("growth", quadrants.growthFactor())
                .param("topPotential", quadrants.topPotential())
                .param("a", limits.a()).param("b", limits.b()).param("c", limits.c())
                .param("levels", run.settings().rfmLevels())
                .param("intercept", model.intercept())
                .param("wOrders", model.orders())
                .param("wServices", model.services())
                .param("wQuantity", model.quantity())
                .param("wAmount", model.amount());
        for (int i = 0; i < levels.size(); i++) {
            StarLevel level = levels.get(i);
            statement = statement.param("maxDecile" + i, level.maxDecile()).param("minLoyalty" + i, level.minLoyalty())
                    .param("minPotential" + i, level.minPotential()).param("stars" + i, level.stars());
        }
        statement.update();
    }

    /** The grades as one comma-separated parameter: a named array parameter would be expanded into a list. */
    private static String names(List<Grade> grades) {
        return grades.stream().map(Grade::name).collect(Collectors.joining(","));
    }

    private void store(RunStore.Run run, List<ShipmentFigures.ServiceTotals> services) {
        for (ShipmentFigures.ServiceTotals service : services) {
            jdbc.sql("""
                    insert into classification.service_result (run_id, service_type, customers, orders, revenue, cost)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(run.id(), service.serviceType(), service.customers(), service.orders(), service.revenue(),
                            service.cost())
                    .update();
        }
    }

    /**
     * Tells who changed grade since the newest succeeded run before this one. The two runs' partitions
     * are joined by name: through the parent, which has no statistics of its own, PostgreSQL guessed
     * the join would give billions of rows and probed the other run once per customer (2.4 s at a
     * million instead of 0.9 s).
     */
    private void announceChanges(long runId, ResultPartition partition) {
        runs.previousSucceeded(runId).ifPresent(previous -> jdbc.sql("""
                select c.customer_id, p.grade as previous, c.grade
                from %s c left join %s p on p.customer_id = c.customer_id
                where p.grade is distinct from c.grade
                order by c.customer_id""".formatted(partition.table(), new ResultPartition(previous).table()))
                .query((row, n) -> new CustomerGradeChanged(row.getLong(1), runId, previous,
                        row.getString(2) == null ? null : Grade.valueOf(row.getString(2)),
                        Grade.valueOf(row.getString(3))))
                .list()
                .forEach(events::publishEvent));
    }
}
