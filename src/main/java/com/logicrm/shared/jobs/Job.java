package com.logicrm.shared.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A background job as its owner sees it. {@code total} is null until the job has counted its work;
 * {@code failure} says why a job failed, in words meant for the person who started it.
 */
public record Job(long id, String kind, String owner, JobStatus status, long done, Long total, String failure,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** Whole percent done; 100 once succeeded, 0 while the amount of work is unknown. */
    @JsonProperty("percent")
    public int percent() {
        if (status == JobStatus.SUCCEEDED) {
            return 100;
        }
        if (total == null || total <= 0) {
            return 0;
        }
        return (int) Math.min(99, done * 100 / total);
    }
}
