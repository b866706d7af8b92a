package com.logicrm.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting in tests for a background job seen through its API resource; jobs whose instance stopped. */
public final class JobPolling {

    private JobPolling() {
    }

    /**
     * Reads a background job's resource until the state at {@code statePath} is SUCCEEDED or FAILED
     * (a minute at most) and returns that answer.
     */
    public static HttpResponse<String> awaitFinished(ApiClient api, String token, String location,
            String statePath) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> run = api.get(location, token);
            assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
            String state = Json.text(run, statePath);
            if ("SUCCEEDED".equals(state) || "FAILED".equals(state)) {
                return run;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("run still " + state + ": " + run.body());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    /** A job of {@code kind} that the job runner gave up (its instance stopped): failed, {@code abandoned}. */
    public static long abandonedJob(JdbcClient jdbc, String kind, String owner) {
        return jdbc.sql("""
                insert into jobs.job (kind, owner, status, failure, finished_at)
                values (?, ?, 'FAILED', 'abandoned', now()) returning id""")
                .params(kind, owner).query(Long.class).single();
    }
}
