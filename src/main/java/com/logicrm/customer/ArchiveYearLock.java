package com.logicrm.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One PostgreSQL advisory lock per archive year, held to the end of the caller's transaction. Filing
 * into a year takes it shared (writers never wait for each other); closing the year takes it
 * exclusively, so a volume's digest covers everything that was committed into its year. Works across
 * instances because the lock lives in the database.
 */
@Component
class ArchiveYearLock {

    /** First key of the two-part advisory lock: the archive's namespace. */
    private static final int NAMESPACE = 9;

    private final JdbcClient jdbc;

    ArchiveYearLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void writing(int year) {
        jdbc.sql("select pg_advisory_xact_lock_shared(?, ?)").params(NAMESPACE, year).query().singleRow();
    }

    void closing(int year) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(NAMESPACE, year).query().singleRow();
    }
}
