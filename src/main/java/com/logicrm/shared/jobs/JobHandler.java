package com.logicrm.shared.jobs;

/**
 * Does the work of one kind of job. A module declares a bean per kind; the runner calls it on one of
 * its worker threads, on whichever instance claimed the job. Throwing marks the job failed: a
 * {@link JobFailure} with its message for the owner, anything else as an unexpected failure.
 */
public interface JobHandler {

    String kind();

    void run(long jobId, String payload, JobProgress progress) throws Exception;
}
