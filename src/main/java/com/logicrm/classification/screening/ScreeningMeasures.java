package com.logicrm.classification.screening;

import com.logicrm.customer.LifecycleStage;
import java.math.BigDecimal;

/**
 * The five measures of the year-end screening for one customer and year, each with its numbers:
 * annual purchase amount; profitability (gross margin and its rate); safety (open, past-due and over-90
 * receivables at the year's end, the past-due share of the open balance); future (stage, growth against
 * the previous year); cooperation (orders, months with orders, invoices paid by their due date). A rate
 * is null where its base is zero.
 */
public record ScreeningMeasures(BigDecimal revenue, BigDecimal previousRevenue, BigDecimal margin,
        BigDecimal marginRate, BigDecimal growth, long orders, int activeMonths, BigDecimal invoiced,
        BigDecimal open, BigDecimal overdue, BigDecimal over90, BigDecimal overdueShare, int invoicesDue,
        int paidOnTime, BigDecimal punctuality, LifecycleStage stage) {
}
