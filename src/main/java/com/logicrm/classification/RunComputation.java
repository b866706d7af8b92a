package com.logicrm.classification;

import com.logicrm.shared.database.CopyText;
import com.logicrm.shared.jobs.JobProgress;
import com.logicrm.shipment.ShipmentFigures;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of one run, in one transaction. The period's per-customer figures (and the year before it)
 * come from business data through {@link ShipmentFigures} and go by {@code COPY} into a temporary
 * table, while the bounded loyalty sample is drawn from them. Then the loyalty model is fitted (or
 * taken as set), and one statement writes every customer's result row with everything computed at
 * once: rank, ABC grade, deciles and potential, RFM scores and segment by window functions over all of
 * them, the grade set by hand, loyalty F, star, best vs loyal, develop flag and value ratios. Then the
 * run is summed by service, and who changed grade since the run before is told.
 *
 * <p>Until 2026-12-01 the rows were inserted first and then updated four times (grades, scores,
 * grades set by hand, evaluation): every row written five times over, with its index entries. One
 * insert is several times cheaper, and leaves no dead rows behind.
 */
@Component
class RunComputation {

    static final int STEPS = 7;
    private static final int CHUNK = 10_000;
    private static final String FIGURES = "run_figures";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ShipmentFigures figures;
    private final RunStore runs;
    private final ApplicationEventPublisher events;

    RunComputation(JdbcClient jdbc, DataSource dataSource, ShipmentFigures figures, RunStore runs,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.figures = figures;
        this.runs = runs;
        this.events = events;
    }

    @Transactional
    void compute(RunStore.Run run, JobProgress progress) {
        progress.total(STEPS);
        LoyaltyPolicy loyalty = new LoyaltyPolicy(run.settings().loyalty());
        LoyaltySample sample = new LoyaltySample(LoyaltySample.CAPACITY, run.id());
        int customers = copy(run, loyalty.rules().quantityBasis(), sample);
        progress.done(1);
        AbcPolicy.Limits limits = new AbcPolicy(run.settings().abc()).limits(customers);
        LoyaltyModel model = loyalty.model(sample.observations(), yearScale(run));
        runs.saveLoyaltyModel(run.id(), model);
        progress.done(2);
        write(run, limits, model, new StarPolicy(run.settings().stars()), new QuadrantPolicy(run.settings().quadrants()));
        progress.done(5);
        byService(run.id());
        progress.done(6);
        runs.succeed(run.id());
        announceChanges(run.id());
        progress.done(STEPS);
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

    private int copy(RunStore.Run run, LoyaltyRules.QuantityBasis quantity, LoyaltySample sample) {
        jdbc.sql("create temporary table " + FIGURES + " (customer_id bigint, orders bigint, service_types int, "
                + "pieces bigint, weight_kg numeric, revenue numeric, returns numeric, cost numeric, "
                + "first_order_on date, last_order_on date, previous_orders bigint, previous_revenue numeric, "
                + "services text[], service_orders bigint[], service_revenue numeric[], service_cost numeric[]) "
                + "on commit drop").update();
        CopyText[] rows = {new CopyText()};
        int[] copied = {0};
        figures.forEachCustomerWithHistory(historyFrom(run), run.periodFrom(), run.periodTo(), history -> {
            ShipmentFigures.YearTotals previous = history.previous();
            if (previous != null) {
                sample.offer(new LoyaltyFitter.Observation(previous.orders(), previous.serviceTypes(),
                        quantity == LoyaltyRules.QuantityBasis.WEIGHT ? previous.weightKg().doubleValue()
                                : previous.pieces(),
                        previous.netRevenue().doubleValue(), history.period() != null));
            }
            ShipmentFigures.CustomerTotals period = history.period();
            if (period == null) {
                return;
            }
            rows[0].add(period.customerId()).add(period.orders()).add(period.serviceTypes()).add(period.pieces())
                    .add(period.weightKg()).add(period.revenue()).add(history.returns()).add(period.cost())
                    .add(period.firstOrderOn()).add(period.lastOrderOn())
                    .add(previous == null ? null : previous.orders())
                    .add(previous == null ? null : previous.netRevenue())
                    .add(services(history, ShipmentFigures.ServiceTotals::serviceType))
                    .add(services(history, ShipmentFigures.ServiceTotals::orders))
                    .add(services(history, ShipmentFigures.ServiceTotals::revenue))
                    .add(services(history, ShipmentFigures.ServiceTotals::cost))
                    .endRow();
            if (rows[0].rows() == CHUNK) {
                copied[0] += copyIn(rows[0]);
                rows[0] = new CopyText();
            }
        });
        copied[0] += copyIn(rows[0]);
        // no analyze: the one statement over the table sorts it whole whatever the estimate, and a
        // never-analysed temporary table is estimated from its size on disk
        return copied[0];
    }

    /** Sends one chunk of figures; the memory a run holds stays one chunk, however many customers. */
    private int copyIn(CopyText rows) {
        if (rows.rows() > 0) {
            CopyText.copyIn(dataSource, "copy " + FIGURES + " from stdin", rows.toString());
        }
        return rows.rows();
    }

    private static List<Object> services(ShipmentFigures.CustomerHistory history,
            Function<ShipmentFigures.ServiceTotals, Object> value) {
        return history.services().stream().map(value).toList();
    }

    /**
     * Every customer's result in one statement, built up in layers: the figures and what follows from
     * them (net revenue, margin, basis, average order, loyalty F from the model on the period's figures
     * scaled to a year); then over all customers at once rank, ABC grade (AbcPolicy's limits and its
     * rule that nothing brought is D), decile, purchase decile (by orders, most first, equal counts by
     * customer id), potential (percent rank of the average order, equal orders equal potential), RFM
     * scores by equal-count groups (higher for more recent, more orders, more value) and the run's total
     * margin; then the grade set by hand, the RFM segment, the star (StarPolicy's levels, highest
     * first), the best-vs-loyal quadrant and develop flag (QuadrantPolicy), and the value ratios: margin
     * rate (margin ÷ net revenue), contribution (margin ÷ the run's margin) and cross ratio (margin ÷
     * cost to serve).
     */
    private void write(RunStore.Run run, AbcPolicy.Limits limits, LoyaltyModel model, StarPolicy stars,
            QuadrantPolicy quadrants) {
        // six orderings of every customer: with the default 4 MB each sort went to temporary files
        jdbc.sql("set local work_mem = '128MB'").update();
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
        var statement = jdbc.sql("""
                insert into classification.customer_result (run_id, customer_id, orders, service_types, pieces,
                    weight_kg, revenue, returns, net_revenue, cost, margin, first_order_on, last_order_on,
                    basis_value, average_order, previous_orders, previous_revenue, services, service_orders,
                    service_revenue, service_cost, rank, decile, purchase_decile, potential, computed_grade, grade,
                    overridden, recency_days, r_score, f_score, m_score, segment, loyalty, loyal, star, quadrant,
                    develop, margin_rate, contribution, cross_ratio)
                select :run, customer_id, orders, service_types, pieces, weight_kg, revenue, returns, net_revenue,
                    cost, margin, first_order_on, last_order_on, basis_value, average_order, previous_orders,
                    previous_revenue, services, service_orders, service_revenue, service_cost, rank, decile,
                    purchase_decile, potential, computed_grade, grade, overridden, :reference - last_order_on,
                    r_score, f_score, m_score, case %s end, loyalty, loyalty >= :threshold, %s,
                    case when grade = any(string_to_array(:bestGrades, ','))
                            then case when loyalty >= :threshold then 'BEST_LOYAL' else 'BEST_NOT_LOYAL' end
                        when loyalty >= :threshold then 'LOYAL_NOT_BEST' else 'NEITHER' end,
                    grade = any(string_to_array(:developGrades, ',')) and (previous_revenue > 0
                        and net_revenue * cast(:yearScale as float8) >= previous_revenue * :growth
                        or potential >= :topPotential),
                    case when net_revenue > 0 then round(margin / net_revenue, 4) end,
                    case when total_margin > 0 then round(margin / total_margin, 4) end,
                    case when net_revenue > 0 and cost > 0 then round(margin / cost, 4) end
                from (
                    select ranked.*, coalesce(o.grade, ranked.computed_grade) as grade, o.grade is not null as overridden
                    from (
                        select f.*, row_number() over w as rank, ntile(10) over w as decile,
                            ntile(10) over (order by orders desc, customer_id) as purchase_decile,
                            round(percent_rank() over (order by average_order)::numeric, 4) as potential,
                            case when basis_value <= 0 then 'D' when row_number() over w <= :a then 'A'
                                when row_number() over w <= :b then 'B' when row_number() over w <= :c then 'C'
                                else 'D' end as computed_grade,
                            ntile(:levels) over (order by last_order_on, customer_id desc) as r_score,
                            ntile(:levels) over (order by orders, customer_id desc) as f_score,
                            ntile(:levels) over (order by basis_value, customer_id desc) as m_score,
                            sum(margin) over () as total_margin
                        from (
                            select figures.*, revenue - returns as net_revenue, revenue - returns - cost as margin,
                                case when :byMargin then revenue - returns - cost else revenue - returns end
                                    as basis_value,
                                round((revenue - returns) / orders, 2) as average_order,
                                round((1 / (1 + exp(-least(50, greatest(-50,
                                    cast(:intercept as float8) + cast(:wOrders as float8) * ln(1 + orders * cast(:yearScale as float8))
                                    + cast(:wServices as float8) * ln(1 + service_types)
                                    + cast(:wQuantity as float8) * ln(1 + %s * cast(:yearScale as float8))
                                    + cast(:wAmount as float8) * ln(1 + greatest(revenue - returns, 0) * cast(:yearScale as float8)))))))::numeric, 4)
                                    as loyalty
                            from %s figures) f
                        window w as (order by basis_value desc, customer_id)) ranked
                    left join classification.grade_override o on o.customer_id = ranked.customer_id
                        and o.revoked_at is null) results""".formatted(segments, star, quantity, FIGURES))
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
                .param("byMargin", run.basis() == Basis.MARGIN)
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

    private void byService(long runId) {
        jdbc.sql("""
                insert into classification.service_result (run_id, service_type, customers, orders, revenue, cost)
                select ?, s.service, count(*), sum(s.orders), sum(s.revenue), sum(s.cost)
                from classification.customer_result r,
                     unnest(r.services, r.service_orders, r.service_revenue, r.service_cost) as s(service, orders, revenue, cost)
                where r.run_id = ? and s.service <> ''
                group by s.service""")
                .params(runId, runId).update();
    }

    private void announceChanges(long runId) {
        runs.previousSucceeded(runId).ifPresent(previous -> jdbc.sql("""
                select c.customer_id, p.grade as previous, c.grade
                from classification.customer_result c
                left join classification.customer_result p on p.run_id = ? and p.customer_id = c.customer_id
                where c.run_id = ? and p.grade is distinct from c.grade
                order by c.customer_id""")
                .params(previous, runId)
                .query((row, n) -> new CustomerGradeChanged(row.getLong(1), runId, previous,
                        row.getString(2) == null ? null : Grade.valueOf(row.getString(2)),
                        Grade.valueOf(row.getString(3))))
                .list()
                .forEach(events::publishEvent));
    }
}
