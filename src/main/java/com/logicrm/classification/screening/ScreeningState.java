package com.logicrm.classification.screening;

/** Where a screening stands: waiting for a worker, working, done, or failed without results. */
public enum ScreeningState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean busy() {
        return this == QUEUED || this == RUNNING;
    }
}
