package com.logicrm.shared.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue of background jobs. Submitting stores the job in the caller's transaction, so work is
 * queued exactly when the request that asked for it commits; an instance's runner then picks it up.
 */
@Service
public class Jobs {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Jobs(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Queues a job of {@code kind} for {@code owner} (a username); {@code payload} is for the handler alone. */
    @Transactional
    public long submit(String kind, String owner, String payload) {
        long id = jdbc.sql("insert into jobs.job (kind, owner, payload) values (?, ?, ?) returning id")
                .params(kind, owner, payload)
                .query(Long.class)
                .single();
        events.publishEvent(new JobQueued(id));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Job> find(long id) {
        return jdbc.sql("""
                select id, kind, owner, status, done, total, failure, created_at, started_at, finished_at
                from jobs.job where id = ?""")
                .param(id)
                .query(Jobs::job)
                .optional();
    }

    /** The job if {@code owner} started it; someone else's job is as good as missing. */
    @Transactional(readOnly = true)
    public Optional<Job> findOwned(long id, String owner) {
        return find(id).filter(job -> job.owner().equalsIgnoreCase(owner));
    }

    static Job job(ResultSet row, int number) throws SQLException {
        long total = row.getLong("total");
        Long knownTotal = row.wasNull() ? null : total;
        return new Job(row.getLong("id"), row.getString("kind"), row.getString("owner"),
                JobStatus.valueOf(row.getString("status")), row.getLong("done"), knownTotal,
                row.getString("failure"), instant(row, "created_at"), instant(row, "started_at"),
                instant(row, "finished_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
