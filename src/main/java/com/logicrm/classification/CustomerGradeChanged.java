package com.logicrm.classification;

/**
 * A run graded a customer differently from the run before it (the run's grade, manual grades
 * included). {@code previous} is null when the customer had no business in the previous run's period.
 */
public record CustomerGradeChanged(long customerId, long runId, long previousRunId, Grade previous, Grade grade) {
}
