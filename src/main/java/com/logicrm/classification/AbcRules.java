package com.logicrm.classification;

import java.math.BigDecimal;

/**
 * The ABC thresholds of one run (CLS-1). Percents are cumulative shares of the ranked customers
 * ("up to the top 5 %"); counts are how many customers a class takes after the classes above it ("the
 * top 10", "the next 40"). A class reaches as far as the larger of the two. A missing value takes the
 * default; 0 switches that threshold off.
 */
public record AbcRules(BigDecimal aPercent, Integer aCount, BigDecimal bPercent, Integer bCount, BigDecimal cPercent,
        Integer cCount) {

    /** DOMAIN CLS-1: A top 1 % or top 10; B to 5 % or the next 40; C to 20 %; D the rest. */
    public static final AbcRules DEFAULT = new AbcRules(BigDecimal.ONE, 10, BigDecimal.valueOf(5), 40,
            BigDecimal.valueOf(20), 0);

    /** These rules with every missing value taken from {@link #DEFAULT}. */
    public AbcRules orDefaults() {
        return new AbcRules(aPercent == null ? DEFAULT.aPercent : aPercent, aCount == null ? DEFAULT.aCount : aCount,
                bPercent == null ? DEFAULT.bPercent : bPercent, bCount == null ? DEFAULT.bCount : bCount,
                cPercent == null ? DEFAULT.cPercent : cPercent, cCount == null ? DEFAULT.cCount : cCount);
    }
}
