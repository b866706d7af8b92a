package com.logicrm.customer;

/**
 * Where a customer stands (ARC-1): potential → target → active → dormant / lost. Retired (the API's
 * delete) and merged records stay readable but are no longer current.
 */
public enum LifecycleStage {
    POTENTIAL, TARGET, ACTIVE, DORMANT, LOST, RETIRED, MERGED;

    public boolean current() {
        return this != RETIRED && this != MERGED;
    }
}
