package com.logicrm.classification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A classification run as its readers see it: what it classified and how, where it is ({@code percent}
 * while it runs) and, once succeeded, its summary.
 */
public record RunView(long id, RunState state, int percent, LocalDate periodFrom, LocalDate periodTo, Basis basis,
        AbcRules rules, int rfmLevels, StarRules stars, LoyaltyRules loyalty, QuadrantRules quadrants,
        LocalDate referenceDate, String startedBy, Instant createdAt, Instant finishedAt, String failure,
        RunSummary summary) {
}
