package com.logicrm.shipment;

import com.logicrm.shared.jobs.JobProgress;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the monthly summary — sales and service figures — of a range of months from the shipments,
 * one month (one partition) per statement and transaction, so that progress can be shown, a month is
 * never half rebuilt, and loads of other months go on meanwhile. Loads keep the summary up to date by
 * themselves; this is for repairs, such as after shipments were corrected in the database.
 */
@Component
class SummaryRecompute {

    private static final String MONTH = "(select " + MonthFigures.SHIPMENT_COLUMNS
            + " from shipment.shipment where ordered_on >= ? and ordered_on < ?) month_rows";
    private static final String SUMMARY = "shipment.customer_month where month >= ? and month < ?";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    SummaryRecompute(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Rebuilds the months {@code first} to {@code last}; returns how many customer months were written. */
    long months(YearMonth first, YearMonth last, JobProgress progress) {
        progress.total(first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        long written = 0;
        long done = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            YearMonth current = month;
            written += transaction.execute(status -> {
                // a month's figures and its summary rows, a third of a million each at L, hashed in memory
                jdbc.sql("set local work_mem = '256MB'").update();
                LocalDate start = current.atDay(1);
                LocalDate end = current.plusMonths(1).atDay(1);
                return jdbc.sql(MonthFigures.replaceWith(MONTH, SUMMARY)).params(start, end, start, end).update();
            });
            progress.done(++done);
        }
        return written;
    }
}
