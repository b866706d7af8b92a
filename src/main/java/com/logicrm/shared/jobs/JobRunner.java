package com.logicrm.shared.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims queued jobs with {@code FOR UPDATE SKIP LOCKED} — so two instances never take the same one —
 * and runs them on a few worker threads of its own. A running job beats a heartbeat; one whose
 * instance died stops beating and is marked failed by whichever instance notices first, rather than
 * run twice (an import half done must not be done again behind its owner's back).
 */
@Component
class JobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Map<String, JobHandler> handlers;
    /** Only kinds this instance can run are claimed: during an upgrade, an older instance leaves new kinds alone. */
    private final String[] kinds;
    private final Semaphore freeWorkers;
    private final ExecutorService workers;
    private final Duration abandonedAfter;
    private final String worker;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    JobRunner(JdbcClient jdbc, PlatformTransactionManager transactions, List<JobHandler> handlers, @Value("${logicrm.jobs.workers:2}") int workerCount,
            @Value("${logicrm.jobs.abandoned-after:2m}") Duration abandonedAfter) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.kinds = this.handlers.keySet().toArray(String[]::new);
        this.freeWorkers = new Semaphore(workerCount);
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount, work -> {
            Thread thread = new Thread(work, "job-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.abandonedAfter = abandonedAfter;
        this.worker = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void queued(JobQueued queued) {
        poll();
    }

    @Scheduled(fixedDelayString = "${logicrm.jobs.poll-interval:2s}", initialDelayString = "${logicrm.jobs.poll-interval:2s}")
    synchronized void poll() {
        while (freeWorkers.tryAcquire()) {
            Optional<Claimed> claimed = claim();
            if (claimed.isEmpty()) {
                freeWorkers.release();
                return;
            }
            running.add(claimed.get().id());
            workers.execute(() -> {
                try {
                    run(claimed.get());
                } finally {
                    running.remove(claimed.get().id());
                    freeWorkers.release();
                }
                poll(); // a worker free again takes the next waiting job at once
            });
        }
    }

    @Scheduled(fixedDelayString = "${logicrm.jobs.heartbeat-interval:20s}")
    void beat() {
        if (!running.isEmpty()) {
            jdbc.sql("update jobs.job set heartbeat_at = now() where id = any(?) and status = 'RUNNING'")
                    .param(running.toArray(Long[]::new))
                    .update();
        }
        int abandoned = jdbc.sql("""
                update jobs.job set status = 'FAILED', finished_at = now(), failure = 'abandoned'
                where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)""")
                .param(abandonedAfter.toSeconds())
                .update();
        if (abandoned > 0) {
            log.warn("{} job(s) stopped beating and were marked failed", abandoned);
        }
    }

    /**
     * In a transaction of its own: the runner is also woken from the after-commit phase of the request
     * that queued the job, where the request's finished transaction is still bound to the thread.
     */
    private Optional<Claimed> claim() {
        return ownTransaction.execute(status -> jdbc.sql("""
                update jobs.job set status = 'RUNNING', worker = ?, started_at = now(), heartbeat_at = now()
                where id = (select id from jobs.job where status = 'QUEUED' and kind = any(?)
                            order by id for update skip locked limit 1)
                returning id, kind, payload""")
                .param(worker)
                .param(kinds)
                .query((row, number) -> new Claimed(row.getLong("id"), row.getString("kind"), row.getString("payload")))
                .optional());
    }

    private void run(Claimed job) {
        JobHandler handler = handlers.get(job.kind());
        if (handler == null) {
            finish(job.id(), JobStatus.FAILED, "no handler for " + job.kind());
            return;
        }
        ProgressWriter progress = new ProgressWriter(jdbc, ownTransaction, job.id());
        try {
            handler.run(job.id(), job.payload(), progress);
            progress.flush();
            finish(job.id(), JobStatus.SUCCEEDED, null);
        } catch (JobFailure failure) {
            progress.flush();
            finish(job.id(), JobStatus.FAILED, failure.getMessage());
        } catch (Exception | LinkageError unexpected) {
            log.error("Job {} ({}) failed", job.id(), job.kind(), unexpected);
            finish(job.id(), JobStatus.FAILED, "unexpected");
        }
    }

    private void finish(long id, JobStatus status, String failure) {
        jdbc.sql("update jobs.job set status = ?, failure = ?, finished_at = now() where id = ?")
                .params(status.name(), failure == null ? null : failure.substring(0, Math.min(2000, failure.length())), id)
                .update();
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
        if (!running.isEmpty()) {
            jdbc.sql("""
                    update jobs.job set status = 'FAILED', failure = 'stopped', finished_at = now()
                    where id = any(?) and status = 'RUNNING'""")
                    .param(running.toArray(Long[]::new))
                    .update();
        }
    }

    private record Claimed(long id, String kind, String payload) {
    }
}
