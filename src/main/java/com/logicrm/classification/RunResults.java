package com.logicrm.classification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what a run found: one grouped query per part of the summary, customers page by page in rank order. */
@Component
class RunResults {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The Pareto curve keeps one point per whole percent of customers, so it stays small for any archive. */
    private static final int PARETO_STEPS = 100;

    /** The scatter shows at most this many customers, evenly spread over the ranking. */
    static final int SCATTER_POINTS = 2000;
    private static final String CUSTOMER_COLUMNS = """
            customer_id, rank, grade, computed_grade, overridden, decile, orders, service_types, revenue, margin,
            last_order_on, recency_days, r_score, f_score, m_score, segment, purchase_decile, pieces, weight_kg,
            returns, net_revenue, cost, average_order, previous_revenue, potential, loyalty, loyal, star, quadrant,
            develop, margin_rate, contribution, cross_ratio""";

    private final JdbcClient jdbc;
    private final RunStore runs;
    private final MessageSource messages;

    RunResults(JdbcClient jdbc, RunStore runs, MessageSource messages) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.messages = messages;
    }

    private record Totals(long customers, BigDecimal revenue, BigDecimal margin, BigDecimal basis) {
    }

    /**
     * The summary of a succeeded run, as the run kept it (with the loyalty note in the reader's
     * language); worked out from its rows for runs from before summaries were kept.
     */
    RunSummary summary(RunStore.Run run) {
        RunSummary summary = runs.summary(run.id()).orElseGet(() -> compute(run));
        return summary.withLoyaltyNote(summary.loyalty() == null || summary.loyalty().fallback() == null ? null
                : messages.getMessage(summary.loyalty().fallback(), null, summary.loyalty().fallback(),
                        LocaleContextHolder.getLocale()));
    }

    /**
     * Works the summary out from the run's rows: a dozen passes over them, seconds at a million customers,
     * so the run does it once and keeps it ({@link RunStore#saveSummary}) instead of every page view.
     * The loyalty note is left to {@link #summary}, which knows the reader's language.
     */
    RunSummary compute(RunStore.Run run) {
        long runId = run.id();
        Totals totals = jdbc.sql("""
                select count(*), coalesce(sum(revenue), 0), coalesce(sum(margin), 0), coalesce(sum(basis_value), 0)
                from classification.customer_result where run_id = ?""")
                .param(runId)
                .query((row, n) -> new Totals(row.getLong(1), row.getBigDecimal(2), row.getBigDecimal(3),
                        row.getBigDecimal(4)))
                .single();
        Optional<LoyaltyModel> model = runs.loyaltyModel(runId);
        List<QuadrantShare> quadrants = quadrants(runId, totals);
        return new RunSummary(totals.customers(), totals.revenue(), totals.margin(), grades(runId, totals),
                deciles(runId, "decile", totals), pareto(runId, totals), segments(runId),
                deciles(runId, "purchase_decile", totals), rfmCells(runId), stars(runId, totals,
                        new StarPolicy(run.settings().stars())), model.orElse(null), null,
                count(runId, "loyal"), quadrants, quadrants.stream().mapToLong(QuadrantShare::develop).sum(),
                value(runId));
    }

    private long count(long runId, String flag) {
        return jdbc.sql("select count(*) from classification.customer_result where run_id = ? and " + flag)
                .param(runId).query(Long.class).single();
    }

    private List<RfmCell> rfmCells(long runId) {
        return jdbc.sql("""
                select r_score, f_score, count(*), sum(basis_value) from classification.customer_result
                where run_id = ? group by r_score, f_score order by r_score, f_score""")
                .param(runId)
                .query((row, n) -> new RfmCell(row.getInt(1), row.getInt(2), row.getLong(3), row.getBigDecimal(4)))
                .list();
    }

    /** Every star grade from 5A down, with none where no customer has it. */
    private List<StarShare> stars(long runId, Totals totals, StarPolicy policy) {
        Map<Integer, Object[]> found = new java.util.HashMap<>();
        jdbc.sql("""
                select star, count(*), sum(revenue) from classification.customer_result
                where run_id = ? and star is not null group by star""")
                .param(runId)
                .query((row, n) -> found.put(row.getInt(1), new Object[] {row.getLong(2), row.getBigDecimal(3)}))
                .list();
        List<StarShare> stars = new ArrayList<>();
        for (int star = 5; star >= 1; star--) {
            Object[] values = found.getOrDefault(star, new Object[] {0L, BigDecimal.ZERO});
            long customers = (Long) values[0];
            stars.add(new StarShare(star, StarPolicy.name(star), customers,
                    share(BigDecimal.valueOf(customers), BigDecimal.valueOf(totals.customers())), (BigDecimal) values[1],
                    share((BigDecimal) values[1], totals.revenue()), policy.visitsPerYear(star)));
        }
        return stars;
    }

    /** Every quadrant, with none where no customer falls. */
    private List<QuadrantShare> quadrants(long runId, Totals totals) {
        Map<Quadrant, Object[]> found = new EnumMap<>(Quadrant.class);
        jdbc.sql("""
                select quadrant, count(*), sum(revenue), count(*) filter (where develop)
                from classification.customer_result where run_id = ? and quadrant is not null group by quadrant""")
                .param(runId)
                .query((row, n) -> found.put(Quadrant.valueOf(row.getString(1)),
                        new Object[] {row.getLong(2), row.getBigDecimal(3), row.getLong(4)}))
                .list();
        List<QuadrantShare> quadrants = new ArrayList<>();
        for (Quadrant quadrant : Quadrant.values()) {
            Object[] values = found.getOrDefault(quadrant, new Object[] {0L, BigDecimal.ZERO, 0L});
            long customers = (Long) values[0];
            quadrants.add(new QuadrantShare(quadrant, customers, share(BigDecimal.valueOf(customers),
                    BigDecimal.valueOf(totals.customers())), (BigDecimal) values[1],
                    share((BigDecimal) values[1], totals.revenue()), (Long) values[2]));
        }
        return quadrants;
    }

    private ValueSummary value(long runId) {
        List<ServiceValue> services = new ArrayList<>();
        jdbc.sql("""
                select service_type, customers, orders, revenue, cost, sum(revenue - cost) over () as total
                from classification.service_result where run_id = ? order by revenue desc, service_type""")
                .param(runId)
                .query((row, n) -> {
                    BigDecimal margin = row.getBigDecimal("revenue").subtract(row.getBigDecimal("cost"));
                    return services.add(new ServiceValue(row.getString("service_type"), row.getLong("customers"),
                            row.getLong("orders"), row.getBigDecimal("revenue"), row.getBigDecimal("cost"), margin,
                            share(margin, row.getBigDecimal("revenue")), share(margin, row.getBigDecimal("total"))));
                })
                .list();
        return jdbc.sql("""
                select coalesce(sum(revenue), 0), coalesce(sum(returns), 0), coalesce(sum(net_revenue), 0),
                    coalesce(sum(cost), 0), coalesce(sum(margin), 0)
                from classification.customer_result where run_id = ?""")
                .param(runId)
                .query((row, n) -> {
                    BigDecimal net = row.getBigDecimal(3);
                    BigDecimal cost = row.getBigDecimal(4);
                    BigDecimal margin = row.getBigDecimal(5);
                    return new ValueSummary(row.getBigDecimal(1), row.getBigDecimal(2), net, cost, margin,
                            share(margin, net), ratio(net, cost), ratio(margin, cost), services);
                })
                .single();
    }

    /** At most {@link #SCATTER_POINTS} customers, every n-th by rank, so big runs stay drawable. */
    List<ScatterPoint> scatter(long runId, long customers) {
        long step = Math.max(1, (customers + SCATTER_POINTS - 1) / SCATTER_POINTS);
        return jdbc.sql("""
                select net_revenue, loyalty, quadrant from classification.customer_result
                where run_id = ? and rank % ? = 0 and loyalty is not null order by rank""")
                .params(runId, step)
                .query((row, n) -> new ScatterPoint(row.getBigDecimal(1), row.getBigDecimal(2),
                        Quadrant.valueOf(row.getString(3))))
                .list();
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

    /** Deciles by the ranking ({@code decile}) or by orders ({@code purchase_decile}). */
    private List<DecileShare> deciles(long runId, String column, Totals totals) {
        return jdbc.sql("""
                select %1$s, count(*), sum(revenue), sum(margin) from classification.customer_result
                where run_id = ? group by %1$s order by %1$s""".formatted(column))
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

    /** Customers ranked after {@code afterRank} that pass {@code filter}. */
    List<RunCustomer> customers(long runId, CustomerFilter filter, int afterRank, int size) {
        return jdbc.sql("select " + CUSTOMER_COLUMNS + """
                 from classification.customer_result
                where run_id = ? and rank > ? and (?::text is null or grade = ?) and (?::text is null or segment = ?)
                    and (?::int is null or star = ?) and (?::text is null or quadrant = ?)
                    and (?::int is null or r_score = ?) and (?::int is null or f_score = ?)
                    and (?::int is null or purchase_decile = ?) and (?::boolean is null or develop = ?)
                order by rank limit ?""")
                .params(runId, afterRank, name(filter.grade()), name(filter.grade()), name(filter.segment()),
                        name(filter.segment()), filter.star(), filter.star(), name(filter.quadrant()),
                        name(filter.quadrant()), filter.recencyScore(), filter.recencyScore(), filter.frequencyScore(),
                        filter.frequencyScore(), filter.purchaseDecile(), filter.purchaseDecile(), filter.develop(),
                        filter.develop(), size)
                .query((row, n) -> customer(row))
                .list();
    }

    /** The customer in the newest succeeded run it is in. */
    Optional<RunCustomer> latestOf(long customerId, long runId) {
        return jdbc.sql("select " + CUSTOMER_COLUMNS + " from classification.customer_result where run_id = ? and customer_id = ?")
                .params(runId, customerId).query((row, n) -> customer(row)).optional();
    }

    /** The newest succeeded run the customer is in. */
    Optional<Long> latestRunOf(long customerId) {
        return jdbc.sql("""
                select max(c.run_id) from classification.customer_result c
                join classification.run r on r.id = c.run_id and r.state = 'SUCCEEDED'
                where c.customer_id = ?""").param(customerId).query(Long.class).optional();
    }

    /** The customer's grade in each succeeded run, newest first, at most {@code limit}. */
    List<CustomerClassification.RunGrade> history(long customerId, int limit) {
        return jdbc.sql("""
                select r.id, r.period_from, r.period_to, r.finished_at, c.grade, c.computed_grade, c.overridden,
                    c.star, c.quadrant, c.loyalty
                from classification.customer_result c
                join classification.run r on r.id = c.run_id and r.state = 'SUCCEEDED'
                where c.customer_id = ? order by r.id desc limit ?""")
                .params(customerId, limit)
                .query((row, n) -> new CustomerClassification.RunGrade(row.getLong(1),
                        row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class),
                        row.getObject(4, OffsetDateTime.class).toInstant(), Grade.valueOf(row.getString(5)),
                        Grade.valueOf(row.getString(6)), row.getBoolean(7), (Integer) row.getObject(8),
                        row.getString(9) == null ? null : Quadrant.valueOf(row.getString(9)), row.getBigDecimal(10)))
                .list();
    }

    private static RunCustomer customer(ResultSet row) throws SQLException {
        return new RunCustomer(row.getLong("customer_id"), row.getInt("rank"),
                Grade.valueOf(row.getString("grade")), Grade.valueOf(row.getString("computed_grade")),
                row.getBoolean("overridden"), row.getInt("decile"), row.getLong("orders"),
                row.getInt("service_types"), row.getBigDecimal("revenue"), row.getBigDecimal("margin"),
                row.getObject("last_order_on", LocalDate.class), row.getInt("recency_days"),
                row.getInt("r_score"), row.getInt("f_score"), row.getInt("m_score"),
                RfmSegment.valueOf(row.getString("segment")), row.getInt("purchase_decile"), row.getLong("pieces"),
                row.getBigDecimal("weight_kg"), row.getBigDecimal("returns"), row.getBigDecimal("net_revenue"),
                row.getBigDecimal("cost"), row.getBigDecimal("average_order"), row.getBigDecimal("previous_revenue"),
                row.getBigDecimal("potential"), row.getBigDecimal("loyalty"), row.getBoolean("loyal"),
                row.getInt("star"), row.getString("quadrant") == null ? null : Quadrant.valueOf(row.getString("quadrant")),
                row.getBoolean("develop"), row.getBigDecimal("margin_rate"), row.getBigDecimal("contribution"),
                row.getBigDecimal("cross_ratio"));
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

    /** {@code part} ÷ {@code whole} with four decimals; null when the whole is not positive. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() <= 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    /** {@code part} of {@code whole} in percent with two decimals; null when the whole is not positive. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
