package com.logicrm.classification;

import java.math.BigDecimal;
import java.util.List;

/**
 * Customer value of a run in total (CLS-7): revenue, returns, net revenue, cost to serve, gross margin,
 * margin rate (margin ÷ net revenue, percent), turnover (net revenue ÷ cost), cross ratio (margin rate ×
 * turnover = margin ÷ cost), and the same by service type. Ratios are null when their divisor is not positive.
 */
public record ValueSummary(BigDecimal revenue, BigDecimal returns, BigDecimal netRevenue, BigDecimal cost,
        BigDecimal margin, BigDecimal marginRate, BigDecimal turnover, BigDecimal crossRatio,
        List<ServiceValue> services) {

    public ValueSummary {
        services = List.copyOf(services);
    }
}
