package com.logicrm.shipment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A rate with what it was computed from; {@code value} is null when there was nothing to count. */
public record Rate(long numerator, long denominator, BigDecimal value) {

    public static Rate of(long numerator, long denominator) {
        return new Rate(numerator, denominator, denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP));
    }
}
