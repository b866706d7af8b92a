package com.logicrm.collection;

import com.logicrm.shared.jobs.Job;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * An uploaded customer file as its owner sees it: how it was read, how its columns are mapped, what is
 * set, where its job is and what it found. {@code problems} holds the first lines of the report; the
 * whole report is a download.
 */
public record CustomerImportView(long id, String fileName, long sizeBytes, String format, String detectedEncoding,
        String encoding, List<ImportColumn> columns, ImportMode mode, ImportErrorPolicy onError, ImportState state,
        Job job, ImportCounts counts, List<ImportProblem> problems, boolean moreProblems, Instant createdAt,
        Instant finishedAt) {

    @JsonProperty("percent")
    public int percent() {
        return job == null ? 0 : job.percent();
    }
}
