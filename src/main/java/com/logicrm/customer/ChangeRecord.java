package com.logicrm.customer;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * One changed field of a customer (ARC-10): old and new value, who, when and why, and where the
 * information came from (COL-1 source code, when known).
 */
public record ChangeRecord(long id, Instant changedAt, String actor, String field, String oldValue, String newValue,
        String reason, String source) {

    /** The same row with old and new value passed through {@code mask} (personal data for those without the right). */
    ChangeRecord masked(UnaryOperator<String> mask) {
        return new ChangeRecord(id, changedAt, actor, field, mask.apply(oldValue), mask.apply(newValue), reason,
                source);
    }
}
