package com.logicrm.classification.inactivity;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code logicrm.classification.inactivity.*}: days without an order after which a customer of each
 * grade is listed ({@code days.A=7} …, {@code days.UNGRADED} for customers the newest run did not grade),
 * and how far back the daily refresh looks for customers' latest orders.
 */
@ConfigurationProperties("logicrm.classification.inactivity")
record InactivitySettings(Map<String, Integer> days, Integer lookbackDays) {

    InactivitySettings {
        days = days == null ? Map.of() : Map.copyOf(days);
        lookbackDays = lookbackDays == null ? 730 : lookbackDays;
    }
}
