package com.logicrm.shipment;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code logicrm.shipment.*}: how many items one batch may carry, how many months ahead partitions
 * are kept ready (orders may be dated up to the end of the last of them), and the earliest order date
 * accepted.
 */
@ConfigurationProperties("logicrm.shipment")
record ShipmentSettings(Integer maxBatch, Integer partitionsAhead, LocalDate earliestOrderDate) {

    ShipmentSettings {
        maxBatch = maxBatch == null ? 10_000 : maxBatch;
        partitionsAhead = partitionsAhead == null ? 3 : partitionsAhead;
        earliestOrderDate = earliestOrderDate == null ? LocalDate.of(2000, 1, 1) : earliestOrderDate;
    }
}
