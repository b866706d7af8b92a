package com.logicrm.classification;

import com.logicrm.shared.jobs.JobProgress;
import com.logicrm.shipment.ShipmentFigures;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of one run, in one transaction: copy the period's per-customer figures from business data
 * into the run's rows, then rank, grade, split into deciles and score RFM with window functions over
 * all of them at once, apply the manual grades, and tell who changed grade since the run before.
 */
@Component
class RunComputation {

    static final int STEPS = 5;
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
        int customers = copy(run);
        progress.done(1);
        AbcPolicy.Limits limits = new AbcPolicy(run.settings().abc()).limits(customers);
        grade(run.id(), limits);
        progress.done(2);
        score(run, run.settings().rfmLevels());
        progress.done(3);
        applyOverrides(run.id());
        progress.done(4);
        runs.succeed(run.id());
        announceChanges(run.id());
        progress.done(STEPS);
    }

    private int copy(RunStore.Run run) {
        List<ShipmentFigures.CustomerTotals> chunk = new ArrayList<>(CHUNK);
        int[] copied = {0};
        figures.forEachCustomer(run.periodFrom(), run.periodTo(), totals -> {
            chunk.add(totals);
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

    private int insert(RunStore.Run run, List<ShipmentFigures.CustomerTotals> chunk) {
        boolean margin = run.basis() == Basis.MARGIN;
        return jdbc.sql("""
                insert into classification.customer_result (run_id, customer_id, orders, service_types, pieces,
                    weight_kg, revenue, cost, margin, first_order_on, last_order_on, basis_value)
                select ?, c, o, s, p, w, r, k, m, f, l, case when ? then m else r end
                from unnest(?::bigint[], ?::bigint[], ?::int[], ?::bigint[], ?::numeric[], ?::numeric[],
                    ?::numeric[], ?::numeric[], ?::date[], ?::date[]) as t(c, o, s, p, w, r, k, m, f, l)""")
                .params(run.id(), margin,
                        chunk.stream().map(ShipmentFigures.CustomerTotals::customerId).toArray(Long[]::new),
                        chunk.stream().map(ShipmentFigures.CustomerTotals::orders).toArray(Long[]::new),
                        chunk.stream().map(ShipmentFigures.CustomerTotals::serviceTypes).toArray(Integer[]::new),
                        chunk.stream().map(ShipmentFigures.CustomerTotals::pieces).toArray(Long[]::new),
                        chunk.stream().map(ShipmentFigures.CustomerTotals::weightKg).toArray(BigDecimal[]::new),
                        chunk.stream().map(ShipmentFigures.CustomerTotals::revenue).toArray(BigDecimal[]::new),
                        chunk.stream().map(ShipmentFigures.CustomerTotals::cost).toArray(BigDecimal[]::new),
                        chunk.stream().map(ShipmentFigures.CustomerTotals::margin).toArray(BigDecimal[]::new),
                        chunk.stream().map(t -> Date.valueOf(t.firstOrderOn())).toArray(Date[]::new),
                        chunk.stream().map(t -> Date.valueOf(t.lastOrderOn())).toArray(Date[]::new))
                .update();
    }

    /** Rank, ABC grade (AbcPolicy's limits and its rule that nothing brought is D) and decile in one pass. */
    private void grade(long runId, AbcPolicy.Limits limits) {
        jdbc.sql("""
                update classification.customer_result r
                set rank = o.rank, decile = o.decile,
                    computed_grade = case when r.basis_value <= 0 then 'D' when o.rank <= ? then 'A'
                        when o.rank <= ? then 'B' when o.rank <= ? then 'C' else 'D' end
                from (select customer_id, row_number() over w as rank, ntile(10) over w as decile
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
