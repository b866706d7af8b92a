package com.logicrm.customer;

import java.time.Instant;

/** One changed field of a customer (ARC-10): old and new value, who, when and why. */
public record ChangeRecord(long id, Instant changedAt, String actor, String field, String oldValue, String newValue,
        String reason) {
}
