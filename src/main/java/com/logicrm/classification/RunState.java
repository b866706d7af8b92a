package com.logicrm.classification;

/** Where a run is; only a succeeded run has results. */
public enum RunState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean busy() {
        return this == QUEUED || this == RUNNING;
    }
}
