package com.logicrm.classification;

import java.time.LocalDate;

/**
 * What a run classifies: the orders dated {@code periodFrom} to {@code periodTo}, ranked by {@code basis},
 * with the ABC, RFM, star, loyalty and best-vs-loyal settings (each null for the defaults).
 */
public record RunRequest(LocalDate periodFrom, LocalDate periodTo, Basis basis, AbcRules rules, RfmRules rfm,
        StarRules stars, LoyaltyRules loyalty, QuadrantRules quadrants) {

    public RunRequest(LocalDate periodFrom, LocalDate periodTo, Basis basis, AbcRules rules, RfmRules rfm) {
        this(periodFrom, periodTo, basis, rules, rfm, null, null, null);
    }
}
