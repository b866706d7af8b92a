package com.logicrm.classification.screening;

import java.time.Instant;

/**
 * A screening of a year over the data scope of the person who started it: its state, percent done, the
 * rules it applied and, once done, how many customers it assessed.
 */
public record ScreeningView(long id, int year, ScreeningState state, int percent, ScreeningRules rules,
        String startedBy, Instant createdAt, Instant finishedAt, Integer customers, String failure) {
}
