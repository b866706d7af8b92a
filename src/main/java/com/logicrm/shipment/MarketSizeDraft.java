package com.logicrm.shipment;

import java.math.BigDecimal;

/**
 * A market size as entered (KPI-3): a province ({@code regionCode}, 6-digit GB/T 2260 code such as
 * {@code 310000}), the period ({@code 2026} or {@code 2026-11}), and the region's logistics market in CNY
 * and/or its number of potential customers; at least one of the two.
 */
public record MarketSizeDraft(String regionCode, String period, BigDecimal marketValue, Long potentialCustomers) {
}
