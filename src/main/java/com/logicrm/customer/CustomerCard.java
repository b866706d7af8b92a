package com.logicrm.customer;

import java.time.Instant;

/**
 * What is filed on one customer's card, as read for showing it: the facts and the record's own
 * state, without what only searching and matching use (search grams, name core).
 */
record CustomerCard(long id, String archiveNo, LifecycleStage stage, CustomerFacts facts, long departmentId,
        Long mergedInto, Instant reviewedAt, Instant createdAt, Instant updatedAt, int version, String source) {

    long ownerId() {
        return facts.ownerId();
    }
}
