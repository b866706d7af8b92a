package com.logicrm.collection;

/** Where a submission stands: waiting, filed into the archive, or returned to its submitter. */
public enum FilingStatus {
    PENDING, FILED, RETURNED
}
