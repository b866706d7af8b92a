package com.logicrm.classification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what a run found: one grouped query per part of the summary, customers page by page in rank order. */
@Component
class RunResults {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The Pareto curve keeps one point per whole percent of customers, so it stays small for any archive. */
    private static final int PARETO_STEPS = 100;

    private final JdbcClient jdbc;

    RunResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Totals(long customers, BigDecimal revenue, BigDecimal margin, BigDecimal basis) {
    }

    RunSummary summary(long runId) {
        Totals totals = jdbc.sql("""
                select count(*), coalesce(sum(revenue), 0), coalesce(sum(margin), 0), coalesce(sum(basis_value), 0)
                from classification.customer_result where run_id = ?""")
                .param(runId)
                .query((row, n) -> new Totals(row.getLong(1), row.getBigDecimal(2), row.getBigDecimal(3),
                        row.getBigDecimal(4)))
                .single();
        return new RunSummary(totals.customers(), totals.revenue(), totals.margin(), grades(runId, totals),
                deciles(runId, totals), pareto(runId, totals), segments(runId));
    }

    private List<GradeShare> grades(long runId, Totals totals) {
        Map<Grade, Object[]> found = new EnumMap<>(Grade.class);
        jdbc.sql("""
                select grade, count(*), sum(revenue), sum(margin) from classification.customer_result
                where run_id = ? group by grade""")
                .param(runId)
                .query((row, n) -> found.put(Grade.valueOf(row.getString(1)),
                        new Object[] {row.getLong(2), row.getBigDecimal(3), row.getBigDecimal(4)}))
                .list();
        List<GradeShare> grades = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            Object[] values = found.getOrDefault(grade, new Object[] {0L, BigDecimal.ZERO, BigDecimal.ZERO});
            long customers = (Long) values[0];
            BigDecimal revenue = (BigDecimal) values[1];
            BigDecimal revenueShare = share(revenue, totals.revenue());
            boolean within = grade.expectedShareFrom() == null || revenueShare != null
                    && revenueShare.compareTo(grade.expectedShareFrom()) >= 0
                    && revenueShare.compareTo(grade.expectedShareTo()) <= 0;
            grades.add(new GradeShare(grade, customers, share(BigDecimal.valueOf(customers),
                    BigDecimal.valueOf(totals.customers())), revenue, revenueShare, (BigDecimal) values[2],
                    share((BigDecimal) values[2], totals.margin()), grade.expectedShareFrom(),
                    grade.expectedShareTo(), within));
        }
        return grades;
    }

    private List<DecileShare> deciles(long runId, Totals totals) {
        return jdbc.sql("""
                select decile, count(*), sum(revenue), sum(margin) from classification.customer_result
                where run_id = ? group by decile order by decile""")
                .param(runId)
                .query((row, n) -> new DecileShare(row.getInt(1), row.getLong(2),
                        share(BigDecimal.valueOf(row.getLong(2)), BigDecimal.valueOf(totals.customers())),
                        row.getBigDecimal(3), share(row.getBigDecimal(3), totals.revenue()), row.getBigDecimal(4),
                        share(row.getBigDecimal(4), totals.margin())))
                .list();
    }

    /** Cumulative share of the basis at each whole percent of customers (every customer when fewer than 100). */
    private List<ParetoPoint> pareto(long runId, Totals totals) {
        if (totals.customers() == 0 || totals.basis().signum() <= 0) {
            return List.of();
        }
        List<ParetoPoint> points = new ArrayList<>();
        points.add(new ParetoPoint(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
        points.addAll(jdbc.sql("""
                select rank, cumulative from (
                    select rank, sum(basis_value) over (order by rank) as cumulative
                    from classification.customer_result where run_id = ?) c
                where rank = ? or rank * ? / ? <> (rank - 1) * ? / ?
                order by rank""")
                .params(runId, totals.customers(), PARETO_STEPS, totals.customers(), PARETO_STEPS,
                        totals.customers())
                .query((row, n) -> new ParetoPoint(row.getLong(1),
                        share(BigDecimal.valueOf(row.getLong(1)), BigDecimal.valueOf(totals.customers())),
                        share(row.getBigDecimal(2), totals.basis())))
                .list());
        return points;
    }

    private List<SegmentCount> segments(long runId) {
        return jdbc.sql("""
                select segment, count(*), sum(revenue) from classification.customer_result
                where run_id = ? group by segment order by count(*) desc, segment""")
                .param(runId)
                .query((row, n) -> new SegmentCount(RfmSegment.valueOf(row.getString(1)), row.getLong(2),
                        row.getBigDecimal(3)))
                .list();
    }

    /** Customers ranked after {@code afterRank}, of one grade (null: all) and segment (null: all). */
    List<RunCustomer> customers(long runId, Grade grade, RfmSegment segment, int afterRank, int size) {
        return jdbc.sql("""
                select customer_id, rank, grade, computed_grade, overridden, decile, orders, service_types, revenue,
                    margin, last_order_on, recency_days, r_score, f_score, m_score, segment
                from classification.customer_result
                where run_id = ? and rank > ? and (?::text is null or grade = ?) and (?::text is null or segment = ?)
                order by rank limit ?""")
                .params(runId, afterRank, name(grade), name(grade), name(segment), name(segment), size)
                .query((row, n) -> new RunCustomer(row.getLong("customer_id"), row.getInt("rank"),
                        Grade.valueOf(row.getString("grade")), Grade.valueOf(row.getString("computed_grade")),
                        row.getBoolean("overridden"), row.getInt("decile"), row.getLong("orders"),
                        row.getInt("service_types"), row.getBigDecimal("revenue"), row.getBigDecimal("margin"),
                        row.getObject("last_order_on", java.time.LocalDate.class), row.getInt("recency_days"),
                        row.getInt("r_score"), row.getInt("f_score"), row.getInt("m_score"),
                        RfmSegment.valueOf(row.getString("segment"))))
                .list();
    }

    /** How many customers went from each grade of {@code earlier} to each of {@code later} (null: not in that run). */
    List<GradeMove> moves(long later, long earlier) {
        return jdbc.sql("""
                select p.grade, c.grade, count(*)
                from (select customer_id, grade from classification.customer_result where run_id = ?) c
                full join (select customer_id, grade from classification.customer_result where run_id = ?) p
                    on p.customer_id = c.customer_id
                group by 1, 2 order by 1 nulls first, 2 nulls first""")
                .params(later, earlier)
                .query((row, n) -> new GradeMove(grade(row.getString(1)), grade(row.getString(2)), row.getLong(3)))
                .list();
    }

    private static Grade grade(String value) {
        return value == null ? null : Grade.valueOf(value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** {@code part} of {@code whole} in percent with two decimals; null when the whole is not positive. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
