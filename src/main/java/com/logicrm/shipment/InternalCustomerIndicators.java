package com.logicrm.shipment;

/**
 * KPI-2 where the data supports it: KPI-1 over the orders of every internal customer (内部客户) the
 * caller may see, taken together, plus the intact rate = pieces neither damaged nor lost / pieces
 * (1 − damage rate − loss rate).
 */
public record InternalCustomerIndicators(int customers, ServiceIndicators indicators, Rate intact) {

    static InternalCustomerIndicators of(int customers, ServiceIndicators indicators) {
        long pieces = indicators.damage().denominator();
        return new InternalCustomerIndicators(customers, indicators,
                Rate.of(Math.max(0, pieces - indicators.damage().numerator() - indicators.loss().numerator()), pieces));
    }
}
