package com.logicrm.classification.screening;

import java.math.BigDecimal;

/**
 * The thresholds of the year-end screening; a missing value takes the default. Amounts in CNY,
 * shares and rates in percent. A customer falls to DROP below a drop threshold (above, for the overdue
 * share), to WATCH below a watch threshold; a drop threshold must therefore be stricter than its
 * watch threshold.
 *
 * @param watchRevenueBelow    annual purchase amount below which the customer is watched
 * @param dropRevenueBelow     … below which it is dropped
 * @param watchMarginRateBelow gross margin in percent of revenue below which it is watched
 * @param dropMarginRateBelow  … below which it is dropped
 * @param watchOverdueAbove    share of the open balance past due, in percent, above which it is watched
 * @param dropOverdueAbove     … above which it is dropped
 * @param watchGrowthBelow     revenue growth against the previous year, in percent, below which it is watched
 * @param watchActiveMonthsBelow months with orders below which it is watched
 * @param watchPunctualityBelow share of invoices paid by their due date, in percent, below which it is watched
 */
public record ScreeningRules(BigDecimal watchRevenueBelow, BigDecimal dropRevenueBelow,
        BigDecimal watchMarginRateBelow, BigDecimal dropMarginRateBelow, BigDecimal watchOverdueAbove,
        BigDecimal dropOverdueAbove, BigDecimal watchGrowthBelow, Integer watchActiveMonthsBelow,
        BigDecimal watchPunctualityBelow) {

    public static final ScreeningRules DEFAULT = new ScreeningRules(new BigDecimal("10000"), new BigDecimal("1000"),
            new BigDecimal("5"), new BigDecimal("-10"), new BigDecimal("20"), new BigDecimal("50"),
            new BigDecimal("-30"), 3, new BigDecimal("70"));

    /** These rules with every missing value taken from {@link #DEFAULT}. */
    public ScreeningRules withDefaults() {
        return new ScreeningRules(or(watchRevenueBelow, DEFAULT.watchRevenueBelow),
                or(dropRevenueBelow, DEFAULT.dropRevenueBelow), or(watchMarginRateBelow, DEFAULT.watchMarginRateBelow),
                or(dropMarginRateBelow, DEFAULT.dropMarginRateBelow), or(watchOverdueAbove, DEFAULT.watchOverdueAbove),
                or(dropOverdueAbove, DEFAULT.dropOverdueAbove), or(watchGrowthBelow, DEFAULT.watchGrowthBelow),
                or(watchActiveMonthsBelow, DEFAULT.watchActiveMonthsBelow),
                or(watchPunctualityBelow, DEFAULT.watchPunctualityBelow));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
