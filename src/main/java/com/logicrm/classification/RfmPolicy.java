package com.logicrm.classification;

import com.logicrm.shared.InvalidField;
import java.time.LocalDate;

/**
 * CLS-6. Each of recency, frequency and monetary value is scored 1 to {@code levels} by equal-count
 * groups (quartiles or quintiles) of the run's customers: the most recent last order, the most orders
 * and the highest basis value score {@code levels}; equal values are split by customer id so a score
 * never depends on row order. A score is high when it lies above the middle of the scale (4 and 5 of
 * five, 3 and 4 of four); the three high-or-not answers name the segment.
 */
final class RfmPolicy {

    static final int DEFAULT_LEVELS = 5;

    private final int levels;
    private final LocalDate referenceDate;

    RfmPolicy(RfmRules given, LocalDate periodTo) {
        Integer levels = given == null || given.levels() == null ? DEFAULT_LEVELS : given.levels();
        if (levels != 4 && levels != 5) {
            throw new InvalidField("rfm.levels", "classification.rfm.levels");
        }
        LocalDate reference = given == null || given.referenceDate() == null ? periodTo.plusDays(1)
                : given.referenceDate();
        if (reference.isBefore(periodTo)) {
            throw new InvalidField("rfm.referenceDate", "classification.rfm.referenceBeforePeriodEnd");
        }
        this.levels = levels;
        this.referenceDate = reference;
    }

    int levels() {
        return levels;
    }

    LocalDate referenceDate() {
        return referenceDate;
    }

    /** The lowest score that counts as high. */
    int highFrom() {
        return (levels + 1) / 2 + 1;
    }

    RfmSegment segment(int recency, int frequency, int monetary) {
        boolean recent = recency >= highFrom();
        boolean frequent = frequency >= highFrom();
        boolean valuable = monetary >= highFrom();
        for (RfmSegment segment : RfmSegment.values()) {
            if (segment.recent() == recent && segment.frequent() == frequent && segment.valuable() == valuable) {
                return segment;
            }
        }
        throw new IllegalStateException("every combination has a segment");
    }
}
