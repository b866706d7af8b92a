package com.logicrm.classification.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly run: two instances' schedulers firing at once (two threads through the locked method) start
 * one run of the previous month, and firing again later starts none.
 */
@SpringBootTest
class MonthlyRunsTests {

    @Autowired
    MonthlyRuns monthly;

    @Autowired
    JdbcClient jdbc;

    @Test
    void racingSchedulersStartThePreviousMonthOnce() throws Exception {
        YearMonth previous = YearMonth.from(LocalDate.now()).minusMonths(1);
        long before = runsOf(previous);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> fired = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                fired.add(two.submit(() -> {
                    start.await();
                    monthly.startPreviousMonth();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : fired) {
                each.get();
            }
        } finally {
            two.shutdown();
        }
        assertThat(runsOf(previous) - before).isEqualTo(before == 0 ? 1 : 0);
        assertThat(jdbc.sql("select count(*) from jobs.shedlock where name = 'classification-monthly-run'")
                .query(Long.class).single()).isEqualTo(1);
        awaitNoActiveRun();

        monthly.startPreviousMonth();
        assertThat(runsOf(previous)).as("fired again, nothing new").isEqualTo(Math.max(before, 1));
        assertThat(jdbc.sql("""
                select state from classification.run where period_from = ? and period_to = ? order by id desc limit 1""")
                .params(previous.atDay(1), previous.atEndOfMonth()).query(String.class).single()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aMonthAlreadyStartedByTheScheduleIsNotStartedAgainEvenWithoutTheLock() {
        YearMonth month = YearMonth.of(2006, 7);
        assertThat(monthly.start(month)).isPresent();
        awaitNoActiveRun();
        assertThat(monthly.start(month)).isEmpty();
        assertThat(runsOf(month)).isEqualTo(1);
    }

    private long runsOf(YearMonth month) {
        return jdbc.sql("select count(*) from classification.run where period_from = ? and period_to = ?")
                .params(month.atDay(1), month.atEndOfMonth()).query(Long.class).single();
    }

    private void awaitNoActiveRun() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.sql("select count(*) from classification.run where state in ('QUEUED', 'RUNNING')")
                .query(Long.class).single() > 0) {
            assertThat(Instant.now()).as("a run still working").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }
}
