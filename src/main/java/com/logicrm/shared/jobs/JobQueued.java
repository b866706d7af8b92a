package com.logicrm.shared.jobs;

/** Published when a job is queued, so this instance's runner can start it without waiting to poll. */
record JobQueued(long jobId) {
}
