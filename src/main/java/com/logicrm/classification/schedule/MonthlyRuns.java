package com.logicrm.classification.schedule;

import com.logicrm.access.OnBehalf;
import com.logicrm.classification.Basis;
import com.logicrm.classification.ClassificationRuns;
import com.logicrm.classification.RunRequest;
import com.logicrm.shared.DomainProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the classification of the previous month on a schedule (monthly by default,
 * {@code logicrm.classification.schedule.cron}; off with {@code …schedule.enabled=false}), as the account
 * named by {@code …schedule.run-as}, which needs {@code classification:run}. With several instances on
 * one database the ShedLock lock lets exactly one of them start it; a month already started by the
 * schedule is not started again, and a run already working makes this one wait for the next time.
 */
@Component
@ConditionalOnProperty(name = "logicrm.classification.schedule.enabled", havingValue = "true", matchIfMissing = true)
public class MonthlyRuns {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyRuns.class);

    private final ClassificationRuns runs;
    private final OnBehalf onBehalf;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String runAs;

    MonthlyRuns(ClassificationRuns runs, OnBehalf onBehalf, JdbcClient jdbc, Clock clock,
            @Value("${logicrm.classification.schedule.run-as:supervisor}") String runAs) {
        this.runs = runs;
        this.onBehalf = onBehalf;
        this.jdbc = jdbc;
        this.clock = clock;
        this.runAs = runAs;
    }

    /** Starts the previous month's run unless it was started already; the id of the run started, if any. */
    @Scheduled(cron = "${logicrm.classification.schedule.cron:0 0 2 1 * *}")
    @SchedulerLock(name = "classification-monthly-run", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void startPreviousMonth() {
        YearMonth month = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        start(month).ifPresent(id -> LOG.info("Classification of {} started as run {}", month, id));
    }

    Optional<Long> start(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        if (alreadyStarted(from, to)) {
            return Optional.empty();
        }
        Long[] started = {null};
        try {
            onBehalf.run(runAs, user -> started[0] = runs.start(new RunRequest(from, to, Basis.REVENUE, null, null),
                    user).id());
        } catch (DomainProblem refused) {
            LOG.warn("Scheduled classification of {} not started: {}", month, refused.getMessage());
        } catch (RuntimeException refused) {
            LOG.warn("Scheduled classification of {} not started as {}: {}", month, runAs, refused.toString());
        }
        return Optional.ofNullable(started[0]);
    }

    private boolean alreadyStarted(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select exists (select 1 from classification.run
                               where period_from = ? and period_to = ? and started_by = ? and state <> 'FAILED')""")
                .params(from, to, runAs)
                .query(Boolean.class).single();
    }
}
