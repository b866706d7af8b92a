package com.logicrm.classification;

import com.logicrm.shared.jobs.JobProgress;
import com.logicrm.shipment.ShipmentFigures;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of one run, in one transaction: copy the period's per-customer figures (and the year before
 * it) from business data into the run's rows while drawing the bounded loyalty sample, then rank,
 * grade, split into deciles and score RFM with window functions over all of them at once, apply the
 * manual grades, fit or take the loyalty model, score loyalty, stars, best vs loyal and value in one
 * statement, sum the run by service, and tell who changed grade since the run before.
 */
@Component
class RunComputation {

    static final int STEPS = 7;
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final ShipmentFigures figures;
    private final RunStore runs;
    private final ApplicationEventPublisher events;

    RunComputation(JdbcClient jdbc, ShipmentFigures figures, RunStore runs, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
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
        grade(run.id(), limits);
        progress.done(2);
        score(run, run.settings().rfmLevels());
        progress.done(3);
        applyOverrides(run.id());
        progress.done(4);
        LoyaltyModel model = loyalty.model(sample.observations(), yearScale(run));
        runs.saveLoyaltyModel(run.id(), model);
        evaluate(run.id(), model, new StarPolicy(run.settings().stars()), new QuadrantPolicy(run.settings().quadrants()));
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
        List<ShipmentFigures.CustomerHistory> chunk = new ArrayList<>(CHUNK);
        int[] copied = {0};
        figures.forEachCustomerWithHistory(historyFrom(run), run.periodFrom(), run.periodTo(), history -> {
            ShipmentFigures.YearTotals previous = history.previous();
            if (previous != null) {
                sample.offer(new LoyaltyFitter.Observation(previous.orders(), previous.serviceTypes(),
                        quantity == LoyaltyRules.QuantityBasis.WEIGHT ? previous.weightKg().doubleValue()
                                : previous.pieces(),
                        previous.netRevenue().doubleValue(), history.period() != null));
            }
            if (history.period() == null) {
                return;
            }
            chunk.add(history);
            if (chunk.size() == CHUNK) {
                copied[0] += insert(run, chunk);
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            copied[0] += insert(run, chunk);
        }
        return copied[0];
    }

    private int insert(RunStore.Run run, List<ShipmentFigures.CustomerHistory> chunk) {
        boolean margin = run.basis() == Basis.MARGIN;
        List<ShipmentFigures.CustomerTotals> totals = chunk.stream().map(ShipmentFigures.CustomerHistory::period)
                .toList();
        return jdbc.sql("""
                insert into classification.customer_result (run_id, customer_id, orders, service_types, pieces,
                    weight_kg, revenue, returns, net_revenue, cost, margin, first_order_on, last_order_on,
                    basis_value, average_order, previous_orders, previous_revenue, services, service_orders,
                    service_revenue, service_cost)
                select ?, c, o, s, p, w, r, x, r - x, k, r - x - k, f, l, case when ? then r - x - k else r - x end,
                    round((r - x) / o, 2), po, pr, string_to_array(sn, ','), string_to_array(so, ',')::bigint[],
                    string_to_array(sr, ',')::numeric[], string_to_array(sk, ',')::numeric[]
                from unnest(?::bigint[], ?::bigint[], ?::int[], ?::bigint[], ?::numeric[], ?::numeric[],
                    ?::numeric[], ?::numeric[], ?::date[], ?::date[], ?::bigint[], ?::numeric[], ?::text[], ?::text[],
                    ?::text[], ?::text[])
                    as t(c, o, s, p, w, r, x, k, f, l, po, pr, sn, so, sr, sk)""")
                .params(run.id(), margin,
                        totals.stream().map(ShipmentFigures.CustomerTotals::customerId).toArray(Long[]::new),
                        totals.stream().map(ShipmentFigures.CustomerTotals::orders).toArray(Long[]::new),
                        totals.stream().map(ShipmentFigures.CustomerTotals::serviceTypes).toArray(Integer[]::new),
                        totals.stream().map(ShipmentFigures.CustomerTotals::pieces).toArray(Long[]::new),
                        totals.stream().map(ShipmentFigures.CustomerTotals::weightKg).toArray(BigDecimal[]::new),
                        totals.stream().map(ShipmentFigures.CustomerTotals::revenue).toArray(BigDecimal[]::new),
                        chunk.stream().map(ShipmentFigures.CustomerHistory::returns).toArray(BigDecimal[]::new),
                        totals.stream().map(ShipmentFigures.CustomerTotals::cost).toArray(BigDecimal[]::new),
                        totals.stream().map(t -> Date.valueOf(t.firstOrderOn())).toArray(Date[]::new),
                        totals.stream().map(t -> Date.valueOf(t.lastOrderOn())).toArray(Date[]::new),
                        chunk.stream().map(h -> h.previous() == null ? null : h.previous().orders())
                                .toArray(Long[]::new),
                        chunk.stream().map(h -> h.previous() == null ? null : h.previous().netRevenue())
                                .toArray(BigDecimal[]::new),
                        joined(chunk, ShipmentFigures.ServiceTotals::serviceType),
                        joined(chunk, ShipmentFigures.ServiceTotals::orders),
                        joined(chunk, ShipmentFigures.ServiceTotals::revenue),
                        joined(chunk, ShipmentFigures.ServiceTotals::cost))
                .update();
    }

    /** One comma-separated list per customer (service types and figures hold no commas). */
    private static String[] joined(List<ShipmentFigures.CustomerHistory> chunk,
            java.util.function.Function<ShipmentFigures.ServiceTotals, Object> value) {
        return chunk.stream().map(history -> history.services().stream().map(value)
                .map(v -> v instanceof BigDecimal decimal ? decimal.toPlainString() : v.toString())
                .collect(Collectors.joining(","))).toArray(String[]::new);
    }

    /**
     * Rank, ABC grade (AbcPolicy's limits and its rule that nothing brought is D), decile, purchase decile
     * (by orders, most first, equal counts by customer id) and potential (percent rank of the average
     * order, equal orders equal potential) in one pass.
     */
    private void grade(long runId, AbcPolicy.Limits limits) {
        jdbc.sql("""
                update classification.customer_result r
                set rank = o.rank, decile = o.decile, purchase_decile = o.purchase_decile, potential = o.potential,
                    computed_grade = case when r.basis_value <= 0 then 'D' when o.rank <= ? then 'A'
                        when o.rank <= ? then 'B' when o.rank <= ? then 'C' else 'D' end
                from (select customer_id, row_number() over w as rank, ntile(10) over w as decile,
                        ntile(10) over (order by orders desc, customer_id) as purchase_decile,
                        round(percent_rank() over (order by average_order)::numeric, 4) as potential
                      from classification.customer_result where run_id = ?
                      window w as (order by basis_value desc, customer_id)) o
                where r.run_id = ? and r.customer_id = o.customer_id""")
                .params(limits.a(), limits.b(), limits.c(), runId, runId)
                .update();
    }

    /** RFM scores by equal-count groups, higher for more recent, more orders, more value; then the segment. */
    private void score(RunStore.Run run, int levels) {
        RfmPolicy policy = new RfmPolicy(new RfmRules(levels, run.referenceDate()), run.periodTo());
        jdbc.sql("""
                update classification.customer_result r
                set recency_days = ? - r.last_order_on, r_score = o.r, f_score = o.f, m_score = o.m
                from (select customer_id,
                        ntile(?) over (order by last_order_on, customer_id desc) as r,
                        ntile(?) over (order by orders, customer_id desc) as f,
                        ntile(?) over (order by basis_value, customer_id desc) as m
                      from classification.customer_result where run_id = ?) o
                where r.run_id = ? and r.customer_id = o.customer_id""")
                .params(Date.valueOf(run.referenceDate()), levels, levels, levels, run.id(), run.id())
                .update();
        int high = policy.highFrom();
        String segments = Arrays.stream(RfmSegment.values())
                .map(segment -> "when (r_score >= %d) = %b and (f_score >= %d) = %b and (m_score >= %d) = %b then '%s'"
                        .formatted(high, segment.recent(), high, segment.frequent(), high, segment.valuable(),
                                segment.name()))
                .collect(Collectors.joining("\n"));
        jdbc.sql("update classification.customer_result set segment = case " + segments + " end where run_id = ?")
                .param(run.id()).update();
    }

    private void applyOverrides(long runId) {
        jdbc.sql("""
                update classification.customer_result r
                set grade = coalesce(o.grade, r.computed_grade), overridden = o.grade is not null
                from classification.customer_result x
                left join classification.grade_override o on o.customer_id = x.customer_id and o.revoked_at is null
                where r.run_id = ? and x.run_id = r.run_id and x.customer_id = r.customer_id""")
                .param(runId).update();
    }

    /**
     * Loyalty F from the model on the period's figures scaled to a year, then in the same statement the
     * star grade (StarPolicy's levels, highest first), the best-vs-loyal quadrant and the develop flag
     * (QuadrantPolicy), and the value ratios: margin rate (margin ÷ net revenue), contribution (margin ÷
     * the run's margin) and cross ratio (margin rate × turnover, turnover = net revenue ÷ cost to serve).
     */
    private void evaluate(long runId, LoyaltyModel model, StarPolicy stars, QuadrantPolicy quadrants) {
        String quantity = model.quantityBasis() == LoyaltyRules.QuantityBasis.WEIGHT ? "weight_kg" : "pieces";
        List<Object> params = new ArrayList<>();
        params.add(model.threshold());
        StringBuilder star = new StringBuilder("case");
        for (StarLevel level : stars.levels()) {
            star.append(" when r.decile <= ? and f.v >= ? and r.potential >= ? then ?");
            params.addAll(List.of(level.maxDecile(), level.minLoyalty(), level.minPotential(), level.stars()));
        }
        star.append(" else 1 end");
        params.addAll(List.of(names(quadrants.rules().bestGrades()), model.threshold(), model.threshold(),
                names(quadrants.rules().developGrades()), model.yearScale(), quadrants.growthFactor(),
                quadrants.topPotential()));
        params.addAll(List.of(model.intercept(), model.orders(), model.yearScale(), model.services(), model.quantity(),
                model.yearScale(), model.amount(), model.yearScale(), runId, runId, runId));
        jdbc.sql("""
                update classification.customer_result r
                set loyalty = f.v, loyal = f.v >= ?, star = %s,
                    quadrant = case when r.grade = any(?::text[])
                            then case when f.v >= ? then 'BEST_LOYAL' else 'BEST_NOT_LOYAL' end
                        when f.v >= ? then 'LOYAL_NOT_BEST' else 'NEITHER' end,
                    develop = r.grade = any(?::text[]) and (r.previous_revenue > 0
                        and r.net_revenue * ?::float8 >= r.previous_revenue * ? or r.potential >= ?),
                    margin_rate = case when r.net_revenue > 0 then round(r.margin / r.net_revenue, 4) end,
                    contribution = case when t.margin > 0 then round(r.margin / t.margin, 4) end,
                    cross_ratio = case when r.net_revenue > 0 and r.cost > 0 then round(r.margin / r.cost, 4) end
                from (select customer_id, round((1 / (1 + exp(-least(50, greatest(-50,
                            ?::float8 + ?::float8 * ln(1 + orders * ?::float8)
                            + ?::float8 * ln(1 + service_types) + ?::float8 * ln(1 + %s * ?::float8)
                            + ?::float8 * ln(1 + greatest(net_revenue, 0) * ?::float8))))))::numeric, 4) as v
                      from classification.customer_result where run_id = ?) f,
                     (select sum(margin) as margin from classification.customer_result where run_id = ?) t
                where r.run_id = ? and r.customer_id = f.customer_id""".formatted(star, quantity))
                .params(params)
                .update();
    }

    private static String[] names(List<Grade> grades) {
        return grades.stream().map(Grade::name).toArray(String[]::new);
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
