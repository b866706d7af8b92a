package com.logicrm.classification;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A run's own partition of {@code classification.customer_result}: made empty and without indexes,
 * filled by one statement, then indexed and attached. Indexes built once from the full table take a
 * sorted pass each; kept up to date row by row they were most of the time a run spent writing.
 * The {@code CHECK} on the run spares the scan that attaching would otherwise make to prove every
 * row belongs to the partition. All of it happens in the run's transaction, so a failed run leaves
 * no partition behind.
 */
record ResultPartition(long runId) {

    private static final String PARENT = "classification.customer_result";

    /** The partition's table, to be written into between {@link #create} and {@link #attach}. */
    String table() {
        return PARENT + "_r" + runId;
    }

    void create(JdbcClient jdbc) {
        jdbc.sql("create table %s (like %s including defaults including constraints, check (run_id = %d))"
                .formatted(table(), PARENT, runId)).update();
    }

    /** Indexes the filled table as the parent is indexed, makes it the run's partition and takes its statistics. */
    void attach(JdbcClient jdbc) {
        // a million keys sorted in memory instead of in merged runs on disk
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        jdbc.sql("alter table %s add primary key (customer_id, run_id)".formatted(table())).update();
        jdbc.sql("create index on %s (run_id, rank)".formatted(table())).update();
        jdbc.sql("alter table %s attach partition %s for values in (%d)".formatted(PARENT, table(), runId)).update();
        // planned from these, the comparison with the run before joins instead of probing per customer
        jdbc.sql("analyze " + table()).update();
    }
}
