package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * KPI-1 of one customer over the orders dated {@code from} to {@code to} (inclusive). Delivery times
 * are hours from pick-up to delivery; each rate carries its numerator and denominator:
 * on time = delivered by the promised time / delivered with a promise; damage, loss = pieces damaged
 * or lost / pieces; wrong dispatch, direct delivery, traffic accidents, packaging defects = orders /
 * orders; storage deterioration = pieces damaged in storage / pieces warehoused; feedback timeliness
 * = timely answers / orders whose feedback was rated.
 */
public record ServiceIndicators(
        LocalDate from,
        LocalDate to,
        long orders,
        Rate onTime,
        BigDecimal averageDeliveryHours,
        BigDecimal p90DeliveryHours,
        Rate damage,
        Rate loss,
        Rate wrongDispatch,
        Rate directDelivery,
        Rate trafficAccidents,
        Rate storageDeterioration,
        Rate packagingDefects,
        Rate feedbackTimeliness) {
}
