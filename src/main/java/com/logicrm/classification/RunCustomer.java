package com.logicrm.classification;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One customer's line in a run: its figures, rank, grade (and whether set by hand), decile and RFM;
 * purchase decile, loyalty F, potential, star grade, quadrant, whether to develop it; and value —
 * returns, net revenue, cost to serve, margin rate, contribution (share of the run's margin, a fraction)
 * and cross ratio. Ratios are null where their divisor is not positive.
 */
public record RunCustomer(long customerId, int rank, Grade grade, Grade computedGrade, boolean overridden,
        int decile, long orders, int serviceTypes, BigDecimal revenue, BigDecimal margin, LocalDate lastOrderOn,
        int recencyDays, int recencyScore, int frequencyScore, int monetaryScore, RfmSegment segment,
        int purchaseDecile, long pieces, BigDecimal weightKg, BigDecimal returns, BigDecimal netRevenue,
        BigDecimal cost, BigDecimal averageOrder, BigDecimal previousRevenue, BigDecimal potential,
        BigDecimal loyalty, boolean loyal, int star, Quadrant quadrant, boolean develop, BigDecimal marginRate,
        BigDecimal contribution, BigDecimal crossRatio) {
}
