package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.Instant;

/** An entered market size (KPI-3) with the province's name and who entered or last changed it. */
public record MarketSize(long id, String regionCode, String regionName, String period, BigDecimal marketValue,
        Long potentialCustomers, String updatedBy, Instant updatedAt) {
}
