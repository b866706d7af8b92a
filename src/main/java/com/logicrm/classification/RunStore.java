package com.logicrm.classification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The {@code classification.run} table: one row per run, its settings, state and totals. */
@Component
class RunStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, job_id, state, period_from, period_to, basis, rules::text as rules, reference_date, started_by,
            created_at, finished_at, customers, failure""";

    /** The settings a run keeps beside its period and basis. */
    record Settings(AbcRules abc, int rfmLevels, StarRules stars, LoyaltyRules loyalty, QuadrantRules quadrants) {

        Settings(AbcRules abc, int rfmLevels) {
            this(abc, rfmLevels, null, null, null);
        }
    }

    record Run(long id, Long jobId, RunState state, LocalDate periodFrom, LocalDate periodTo, Basis basis,
            Settings settings, LocalDate referenceDate, String startedBy, Instant createdAt, Instant finishedAt,
            Integer customers, String failure) {
    }

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a run; refused when another is waiting or running (the partial unique index decides). */
    long insert(LocalDate from, LocalDate to, Basis basis, Settings settings, LocalDate referenceDate,
            String startedBy) {
        try {
            return jdbc.sql("""
                    insert into classification.run (period_from, period_to, basis, rules, reference_date, started_by)
                    values (?, ?, ?, ?::jsonb, ?, ?) returning id""")
                    .params(from, to, basis.name(), JSON.writeValueAsString(settings), referenceDate, startedBy)
                    .query(Long.class).single();
        } catch (DuplicateKeyException busy) {
            throw new RunBusy(active().map(Run::id).orElse(0L));
        }
    }

    void attachJob(long id, long jobId) {
        jdbc.sql("update classification.run set job_id = ? where id = ?").params(jobId, id).update();
    }

    Optional<Run> active() {
        return jdbc.sql("select " + COLUMNS + " from classification.run where state in ('QUEUED', 'RUNNING')")
                .query(RunStore::run).optional();
    }

    Optional<Run> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from classification.run where id = ?").param(id)
                .query(RunStore::run).optional();
    }

    List<Run> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from classification.run order by id desc limit ?").param(limit)
                .query(RunStore::run).list();
    }

    /** The newest succeeded run before {@code id}, the one a run's grades are compared with. */
    Optional<Long> previousSucceeded(long id) {
        return jdbc.sql("select max(id) from classification.run where state = 'SUCCEEDED' and id < ?").param(id)
                .query(Long.class).optional();
    }

    boolean markRunning(long id) {
        return jdbc.sql("update classification.run set state = 'RUNNING' where id = ? and state = 'QUEUED'")
                .param(id).update() == 1;
    }

    /** Marks the run succeeded with its totals and the summary it keeps. */
    void succeed(long id, RunSummary summary) {
        jdbc.sql("""
                update classification.run set state = 'SUCCEEDED', finished_at = now(), customers = ?,
                    total_revenue = ?, total_margin = ?, total_returns = ?, total_cost = ?, summary = ?::jsonb
                where id = ?""")
                .params(Math.toIntExact(summary.customers()), summary.revenue(), summary.margin(),
                        summary.value().returns(), summary.value().cost(), JSON.writeValueAsString(summary), id)
                .update();
    }

    void saveLoyaltyModel(long id, LoyaltyModel model) {
        jdbc.sql("update classification.run set loyalty_model = ?::jsonb where id = ?")
                .params(JSON.writeValueAsString(model), id).update();
    }

    /** The summary run {@code id} kept when it succeeded; empty for runs from before summaries were kept. */
    Optional<RunSummary> summary(long id) {
        return jdbc.sql("select summary::text from classification.run where id = ? and summary is not null")
                .param(id).query(String.class).optional().map(text -> JSON.readValue(text, RunSummary.class));
    }

    /** The loyalty model run {@code id} used; empty before it was fitted and for runs older than loyalty. */
    Optional<LoyaltyModel> loyaltyModel(long id) {
        return jdbc.sql("select loyalty_model::text from classification.run where id = ? and loyalty_model is not null")
                .param(id).query(String.class).optional().map(text -> JSON.readValue(text, LoyaltyModel.class));
    }

    /** Ends a run as failed; {@code failure} is a message code. */
    void fail(long id, String failure) {
        jdbc.sql("""
                update classification.run set state = 'FAILED', finished_at = now(), failure = ?
                where id = ? and state in ('QUEUED', 'RUNNING')""").params(failure, id).update();
    }

    private static Run run(ResultSet row, int n) throws SQLException {
        long jobId = row.getLong("job_id");
        Long job = row.wasNull() ? null : jobId;
        int customers = row.getInt("customers");
        Integer count = row.wasNull() ? null : customers;
        return new Run(row.getLong("id"), job, RunState.valueOf(row.getString("state")),
                row.getObject("period_from", LocalDate.class), row.getObject("period_to", LocalDate.class),
                Basis.valueOf(row.getString("basis")), JSON.readValue(row.getString("rules"), Settings.class),
                row.getObject("reference_date", LocalDate.class), row.getString("started_by"),
                instant(row, "created_at"), instant(row, "finished_at"), count, row.getString("failure"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
