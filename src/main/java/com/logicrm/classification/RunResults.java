package com.logicrm.classification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what a run found: its summary, customers page by page in rank order, a customer's grades over the runs. */
@Component
class RunResults {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The scatter shows at most this many customers, evenly spread over the ranking. */
    static final int SCATTER_POINTS = 2000;
    private static final String CUSTOMER_COLUMNS = """
            customer_id, rank, grade, computed_grade, overridden, decile, orders, service_types, revenue, margin,
            last_order_on, recency_days, r_score, f_score, m_score, segment, purchase_decile, pieces, weight_kg,
            returns, net_revenue, cost, average_order, previous_revenue, potential, loyalty, loyal, star, quadrant,
            develop, margin_rate, contribution, cross_ratio""";

    private final JdbcClient jdbc;
    private final RunStore runs;
    private final RunSummaries summaries;
    private final MessageSource messages;

    RunResults(JdbcClient jdbc, RunStore runs, RunSummaries summaries, MessageSource messages) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.summaries = summaries;
        this.messages = messages;
    }

    /**
     * The summary of a succeeded run, as the run kept it (with the loyalty note in the reader's
     * language); worked out from its rows for runs from before summaries were kept.
     */
    RunSummary summary(RunStore.Run run) {
        RunSummary summary = runs.summary(run.id())
                .orElseGet(() -> summaries.compute(run, run.customers() == null ? 0 : run.customers()));
        return summary.withLoyaltyNote(summary.loyalty() == null || summary.loyalty().fallback() == null ? null
                : messages.getMessage(summary.loyalty().fallback(), null, summary.loyalty().fallback(),
                        LocaleContextHolder.getLocale()));
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
