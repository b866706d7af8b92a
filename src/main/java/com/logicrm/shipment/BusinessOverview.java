package com.logicrm.shipment;

import java.util.List;

/**
 * What the customer page shows of business and service: the summary, the KPIs of the last year and
 * their months, and the receivables today (null for a reader without {@code receivable:read}).
 */
public record BusinessOverview(TransactionSummary summary, ServiceIndicators lastYear, List<ServiceIndicators> months,
        Receivables receivables) {

    public BusinessOverview {
        months = List.copyOf(months);
    }
}
