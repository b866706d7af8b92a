package com.logicrm.classification;

import java.math.BigDecimal;

/**
 * One service type in a run (CLS-7): customers who bought it, orders, revenue (before returns, which are
 * not booked by service), cost to serve, gross margin, margin rate and share of the margin of all services.
 */
public record ServiceValue(String serviceType, long customers, long orders, BigDecimal revenue, BigDecimal cost,
        BigDecimal margin, BigDecimal marginRate, BigDecimal marginShare) {
}
