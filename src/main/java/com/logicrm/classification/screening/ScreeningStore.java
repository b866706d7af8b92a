package com.logicrm.classification.screening;

import com.logicrm.customer.LifecycleStage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The tables {@code classification.screening} and {@code screening_result}. */
@Component
class ScreeningStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Screening(long id, Long jobId, int year, ScreeningState state, ScreeningRules rules, String startedBy,
            Instant createdAt, Instant finishedAt, Integer customers, String failure) {
    }

    /** One stored result row, before the archive names its customer. */
    record Result(long customerId, ScreeningMeasures measures, Recommendation recommendation, List<String> findings,
            Recommendation decision, String decisionReason, String decidedBy, Instant decidedAt, String catalogueNo) {
    }

    /** A decision waiting for next year's archive to open. */
    record Pending(long screeningId, int year, long customerId, Recommendation decision, String reason,
            String decidedBy) {
    }

    private static final String SCREENING = """
            select id, job_id, screening_year, state, rules::text as rules, started_by, created_at, finished_at,
                customers, failure from classification.screening""";
    private static final String RESULT = """
            select customer_id, revenue, previous_revenue, margin, margin_rate, growth, orders, active_months,
                invoiced, open_amount, overdue, over90, overdue_share, invoices_due, paid_on_time, punctuality, stage,
                recommendation, findings, decision, decision_reason, decided_by, decided_at, catalogue_no
            from classification.screening_result""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ScreeningStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long insert(int year, ScreeningRules rules, String startedBy) {
        return jdbc.sql("""
                insert into classification.screening (screening_year, rules, started_by) values (?, ?::jsonb, ?)
                returning id""")
                .params(year, JSON.writeValueAsString(rules), startedBy)
                .query(Long.class).single();
    }

    void attachJob(long id, long jobId) {
        jdbc.sql("update classification.screening set job_id = ? where id = ?").params(jobId, id).update();
    }

    Optional<Screening> find(long id) {
        return jdbc.sql(SCREENING + " where id = ?").param(id).query(ScreeningStore::screening).optional();
    }

    List<Screening> recent(int limit) {
        return jdbc.sql(SCREENING + " order by id desc limit ?").param(limit).query(ScreeningStore::screening).list();
    }

    boolean markRunning(long id) {
        return jdbc.sql("update classification.screening set state = 'RUNNING' where id = ? and state = 'QUEUED'")
                .param(id).update() == 1;
    }

    /** Marks the screening done with the number of customers it stored (counted while storing them). */
    void succeed(long id, int customers) {
        jdbc.sql("""
                update classification.screening set state = 'SUCCEEDED', finished_at = now(), customers = ?
                where id = ?""").params(customers, id).update();
    }

    void fail(long id, String failure) {
        jdbc.sql("update classification.screening set state = 'FAILED', finished_at = now(), failure = ? where id = ?")
                .params(failure, id).update();
    }

    /** Stores a chunk of assessed customers in one batch. */
    void insertResults(long screeningId, List<Assessed> rows) {
        template.batchUpdate("""
                insert into classification.screening_result (screening_id, customer_id, revenue, previous_revenue,
                    margin, margin_rate, growth, orders, active_months, invoiced, open_amount, overdue, over90,
                    overdue_share, invoices_due, paid_on_time, punctuality, stage, recommendation, findings)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(),
                (statement, row) -> {
                    ScreeningMeasures m = row.measures();
                    Object[] values = {screeningId, row.customerId(), m.revenue(), m.previousRevenue(), m.margin(),
                            m.marginRate(), m.growth(), m.orders(), m.activeMonths(), m.invoiced(), m.open(),
                            m.overdue(), m.over90(), m.overdueShare(), m.invoicesDue(), m.paidOnTime(),
                            m.punctuality(), m.stage().name(), row.outcome().recommendation().name()};
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                    statement.setArray(values.length + 1, statement.getConnection()
                            .createArrayOf("text", row.outcome().findings().toArray()));
                });
    }

    /**
     * Result rows after customer {@code afterId} in id order, of one recommendation and/or decision when
     * given ({@code undecided}: those without a decision).
     */
    List<Result> results(long screeningId, Recommendation recommendation, Recommendation decision, boolean undecided,
            long afterId, int size) {
        return jdbc.sql(RESULT + " " + """
                 where screening_id = ? and customer_id > ?
                   and (?::text is null or recommendation = ?)
                   and (?::text is null or decision = ?)
                   and (not ? or decision is null)
                 order by customer_id limit ?""")
                .params(screeningId, afterId, name(recommendation), name(recommendation), name(decision),
                        name(decision), undecided, size)
                .query(ScreeningStore::result).list();
    }

    Optional<Result> result(long screeningId, long customerId) {
        return jdbc.sql(RESULT + " where screening_id = ? and customer_id = ?").params(screeningId, customerId)
                .query(ScreeningStore::result).optional();
    }

    void decide(long screeningId, long customerId, Recommendation decision, String reason, String decidedBy,
            Instant at, String catalogueNo) {
        jdbc.sql("""
                update classification.screening_result
                set decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?, catalogue_no = ?
                where screening_id = ? and customer_id = ?""")
                .params(decision.name(), reason, decidedBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), catalogueNo,
                        screeningId, customerId)
                .update();
    }

    /** Decisions of screenings before {@code year} not yet filed: their next year has begun. */
    List<Pending> pendingBefore(int year, int limit) {
        return jdbc.sql("""
                select r.screening_id, s.screening_year, r.customer_id, r.decision, r.decision_reason, r.decided_by
                from classification.screening_result r
                join classification.screening s on s.id = r.screening_id
                where r.decision is not null and r.catalogue_no is null and s.screening_year < ?
                order by r.decided_at limit ?""")
                .params(year, limit)
                .query((row, n) -> new Pending(row.getLong(1), row.getInt(2), row.getLong(3),
                        Recommendation.valueOf(row.getString(4)), row.getString(5), row.getString(6)))
                .list();
    }

    void filed(long screeningId, long customerId, String catalogueNo) {
        jdbc.sql("update classification.screening_result set catalogue_no = ? where screening_id = ? and customer_id = ?")
                .params(catalogueNo, screeningId, customerId).update();
    }

    /** One customer's measures and outcome, ready to store. */
    record Assessed(long customerId, ScreeningMeasures measures, ScreeningPolicy.Outcome outcome) {
    }

    private static Screening screening(ResultSet row, int n) throws SQLException {
        OffsetDateTime finished = row.getObject("finished_at", OffsetDateTime.class);
        return new Screening(row.getLong("id"), row.getObject("job_id", Long.class), row.getInt("screening_year"),
                ScreeningState.valueOf(row.getString("state")),
                JSON.readValue(row.getString("rules"), ScreeningRules.class), row.getString("started_by"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), row.getObject("customers", Integer.class),
                row.getString("failure"));
    }

    private static Result result(ResultSet row, int n) throws SQLException {
        ScreeningMeasures measures = new ScreeningMeasures(row.getBigDecimal("revenue"),
                row.getBigDecimal("previous_revenue"), row.getBigDecimal("margin"), row.getBigDecimal("margin_rate"),
                row.getBigDecimal("growth"), row.getLong("orders"), row.getInt("active_months"),
                row.getBigDecimal("invoiced"), row.getBigDecimal("open_amount"), row.getBigDecimal("overdue"),
                row.getBigDecimal("over90"), row.getBigDecimal("overdue_share"), row.getInt("invoices_due"),
                row.getInt("paid_on_time"), row.getBigDecimal("punctuality"), LifecycleStage.valueOf(row.getString("stage")));
        String decision = row.getString("decision");
        OffsetDateTime decidedAt = row.getObject("decided_at", OffsetDateTime.class);
        return new Result(row.getLong("customer_id"), measures, Recommendation.valueOf(row.getString("recommendation")),
                List.of((String[]) row.getArray("findings").getArray()),
                decision == null ? null : Recommendation.valueOf(decision), row.getString("decision_reason"),
                row.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
                row.getString("catalogue_no"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
