package com.logicrm.classification;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bounded, evenly drawn sample of last year's customers for fitting loyalty: at most {@code capacity}
 * of the customers with an order in the year before the period, the ones whose ids hash lowest under
 * the run's seed. The drawing is one top-N pass in the database, so only the sample crosses to the
 * application whatever the archive's size, and a run drawn again draws the same customers.
 */
final class LoyaltySample {

    static final int CAPACITY = 20_000;

    private final JdbcClient jdbc;
    private final int capacity;

    LoyaltySample(JdbcClient jdbc, int capacity) {
        this.jdbc = jdbc;
        this.capacity = capacity;
    }

    /**
     * Draws from {@code figures}, a table in the columns of {@code ShipmentFigures.COLUMNS}: last year's
     * orders, services, quantity (pieces or weight) and revenue, and whether the customer ordered again
     * in the period.
     */
    List<LoyaltyFitter.Observation> draw(String figures, long seed, LoyaltyRules.QuantityBasis quantity) {
        String amount = quantity == LoyaltyRules.QuantityBasis.WEIGHT ? "previous_weight_kg" : "previous_pieces";
        return jdbc.sql("""
                select previous_orders, previous_service_types, %s as quantity, previous_revenue, orders is not null
                from %s
                where previous_orders is not null
                order by hashint8extended(customer_id, ?), customer_id
                limit ?""".formatted(amount, figures))
                .params(seed, capacity)
                .query((row, n) -> new LoyaltyFitter.Observation(row.getLong(1), row.getInt(2), row.getDouble(3),
                        row.getDouble(4), row.getBoolean(5)))
                .list();
    }
}
