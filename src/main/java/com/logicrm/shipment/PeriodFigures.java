package com.logicrm.shipment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Sales and financial figures of one customer in a month ({@code 2026-11}) or a year ({@code 2026})
 * (TXN-5): revenue of the orders, returns, compensations and discounts granted (TXN-4), and net
 * revenue, revenue less those.
 */
public record PeriodFigures(String period, long orders, long pieces, BigDecimal weightKg, BigDecimal revenue,
        BigDecimal cost, BigDecimal returns, BigDecimal netRevenue) {

    static PeriodFigures none(String period) {
        return new PeriodFigures(period, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    @JsonProperty
    public BigDecimal grossMargin() {
        return revenue.subtract(cost);
    }

    PeriodFigures plus(PeriodFigures other, String period) {
        return new PeriodFigures(period, orders + other.orders, pieces + other.pieces, weightKg.add(other.weightKg),
                revenue.add(other.revenue), cost.add(other.cost), returns.add(other.returns),
                netRevenue.add(other.netRevenue));
    }
}
