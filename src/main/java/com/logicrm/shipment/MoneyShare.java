package com.logicrm.shipment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share of two amounts in CNY with what it was computed from; {@code value} is null when the
 * denominator is missing (no market size entered), never 0 %.
 */
public record MoneyShare(BigDecimal numerator, BigDecimal denominator, BigDecimal value) {

    public static MoneyShare of(BigDecimal numerator, BigDecimal denominator) {
        return new MoneyShare(numerator, denominator, denominator == null || denominator.signum() == 0 ? null
                : numerator.divide(denominator, 6, RoundingMode.HALF_UP));
    }
}
