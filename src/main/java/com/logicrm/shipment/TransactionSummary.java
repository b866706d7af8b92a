package com.logicrm.shipment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's transaction summary (交易现状, ARC-5) with its monthly and annual figures (TXN-5), read
 * from the monthly summary, never typed in. Dates are null while the customer has no orders.
 */
public record TransactionSummary(long customerId, LocalDate firstOrderOn, LocalDate lastOrderOn,
        PeriodFigures total, List<PeriodFigures> years, List<PeriodFigures> months) {

    public TransactionSummary {
        years = List.copyOf(years);
        months = List.copyOf(months);
    }

    @JsonProperty
    public long orders() {
        return total.orders();
    }

    /** Revenue per order, or null without orders. */
    @JsonProperty
    public BigDecimal averageOrderValue() {
        return total.orders() == 0 ? null
                : total.revenue().divide(BigDecimal.valueOf(total.orders()), 2, RoundingMode.HALF_UP);
    }
}
