package com.logicrm.shared.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a job's progress at most every quarter second, on its own connection, so that a job working
 * inside one long transaction still shows its progress to the person watching.
 */
class ProgressWriter implements JobProgress {

    private static final long EVERY_NANOS = 250_000_000L;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final long jobId;
    private long done;
    private long lastWrite = System.nanoTime();

    ProgressWriter(JdbcClient jdbc, TransactionTemplate ownTransaction, long jobId) {
        this.jdbc = jdbc;
        this.ownTransaction = ownTransaction;
        this.jobId = jobId;
    }

    @Override
    public void total(long total) {
        ownTransaction.executeWithoutResult(status -> jdbc
                .sql("update jobs.job set total = ?, heartbeat_at = now() where id = ?").params(total, jobId).update());
    }

    @Override
    public void done(long done) {
        this.done = done;
        if (System.nanoTime() - lastWrite >= EVERY_NANOS) {
            flush();
        }
    }

    void flush() {
        lastWrite = System.nanoTime();
        ownTransaction.executeWithoutResult(status -> jdbc
                .sql("update jobs.job set done = ?, heartbeat_at = now() where id = ?").params(done, jobId).update());
    }
}
