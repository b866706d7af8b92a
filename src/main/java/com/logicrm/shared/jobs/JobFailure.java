package com.logicrm.shared.jobs;

/** Ends a job as failed with a message meant for the person who started it. */
public class JobFailure extends RuntimeException {

    public JobFailure(String message) {
        super(message);
    }
}
