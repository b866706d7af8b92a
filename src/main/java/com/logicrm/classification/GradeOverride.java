package com.logicrm.classification;

import java.time.Instant;

/** A grade set by hand for a customer (CLS-1), in force from the next run until revoked. */
public record GradeOverride(long customerId, Grade grade, String reason, String setBy, Instant setAt) {
}
