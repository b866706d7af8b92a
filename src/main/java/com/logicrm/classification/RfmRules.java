package com.logicrm.classification;

import java.time.LocalDate;

/**
 * RFM settings of one run (CLS-6): scores from 1 to {@code levels} (4 quartiles or 5 quintiles), recency
 * counted in days from {@code referenceDate} to the last order. Missing values: 5 levels, the day after
 * the period.
 */
public record RfmRules(Integer levels, LocalDate referenceDate) {
}
