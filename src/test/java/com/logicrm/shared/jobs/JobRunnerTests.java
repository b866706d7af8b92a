package com.logicrm.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The job queue on the real database: every job runs once, failures are told, dead instances noticed. */
@SpringBootTest(properties = "logicrm.jobs.abandoned-after=1m")
class JobRunnerTests {

    static final Map<Long, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    @TestConfiguration
    static class Handlers {
        @Bean
        JobHandler countingHandler() {
            return new JobHandler() {
                @Override
                public String kind() {
                    return "test-count";
                }

                @Override
                public void run(long jobId, String payload, JobProgress progress) throws InterruptedException {
                    RUNS.computeIfAbsent(jobId, id -> new AtomicInteger()).incrementAndGet();
                    progress.total(10);
                    progress.done(10);
                    if ("fail".equals(payload)) {
                        throw new JobFailure("文件已损坏");
                    }
                    if ("crash".equals(payload)) {
                        throw new IllegalStateException("bug");
                    }
                    Thread.sleep(5);
                }
            };
        }
    }

    @Autowired
    Jobs jobs;

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyQueuedJobRunsExactlyOnceAndSucceeds() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(jobs.submit("test-count", "tester", "ok"));
        }
        for (long id : ids) {
            Job job = finished(id);
            assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(job.percent()).isEqualTo(100);
            assertThat(job.done()).isEqualTo(10);
            assertThat(job.total()).isEqualTo(10);
        }
        // give every runner of every context that shares this database time to pick up a job twice
        runner.poll();
        assertThat(ids).allSatisfy(id -> assertThat(RUNS.get(id).get()).as("job " + id).isEqualTo(1));
    }

    @Test
    void aFailureIsToldToTheOwnerAndAnUnexpectedOneStaysVague() {
        Job failed = finished(jobs.submit("test-count", "tester", "fail"));
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.failure()).isEqualTo("文件已损坏");
        Job crashed = finished(jobs.submit("test-count", "tester", "crash"));
        assertThat(crashed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(crashed.failure()).isEqualTo("unexpected");
        long unknown = jobs.submit("no-such-kind", "tester", null);
        runner.poll();
        assertThat(jobs.find(unknown).orElseThrow().status()).as("no instance here can run it")
                .isEqualTo(JobStatus.QUEUED);
    }

    @Test
    void aJobWhoseInstanceStoppedBeatingIsMarkedAbandonedNotRunAgain() {
        long id = jdbc.sql("""
                insert into jobs.job (kind, owner, status, started_at, heartbeat_at)
                values ('test-count', 'tester', 'RUNNING', now() - interval '10 minutes', now() - interval '5 minutes')
                returning id""").query(Long.class).single();
        runner.beat();
        Job job = jobs.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).isEqualTo("abandoned");
        assertThat(RUNS).doesNotContainKey(id);
    }

    @Test
    void someoneElsesJobIsNotFoundForThem() {
        long id = jobs.submit("test-count", "tester", "ok");
        assertThat(jobs.findOwned(id, "TESTER")).isPresent();
        assertThat(jobs.findOwned(id, "intruder")).isEmpty();
        finished(id);
    }

    private Job finished(long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Job job = jobs.find(id).orElseThrow();
            if (job.status().finished()) {
                return job;
            }
            assertThat(Instant.now()).as("job " + id + " still " + job.status()).isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
