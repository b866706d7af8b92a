package com.logicrm.classification;

/**
 * Loyalty settings of one run (CLS-4). F = 1 / (1 + e^−(intercept + orders·ln(1+a) + services·ln(1+b) +
 * quantity·ln(1+c) + amount·ln(1+d))) with a the yearly orders, b the distinct services, c the yearly
 * pieces or kilograms ({@code quantityBasis}) and d the yearly net revenue. {@code mode} FITTED fits the
 * weights from history and falls back to the weights given here (or the defaults) when history is too
 * short; MANUAL uses them as given. A customer is loyal at F ≥ {@code threshold}. Missing: the defaults.
 */
public record LoyaltyRules(LoyaltyMode mode, Double threshold, QuantityBasis quantityBasis, Double intercept,
        Double orders, Double services, Double quantity, Double amount) {

    public enum LoyaltyMode {
        FITTED, MANUAL
    }

    public enum QuantityBasis {
        PIECES, WEIGHT
    }

    /**
     * Hand-set weights: one order a month, two services, a hundred pieces and ¥10,000 a year give F ≈ 0.78,
     * twice the orders 0.87, a single small order 0.15.
     */
    public static final LoyaltyRules DEFAULT = new LoyaltyRules(LoyaltyMode.FITTED, 0.8, QuantityBasis.PIECES, -4.0,
            1.0, 0.8, 0.1, 0.15);

    public LoyaltyRules orDefaults() {
        return new LoyaltyRules(mode == null ? DEFAULT.mode : mode, threshold == null ? DEFAULT.threshold : threshold,
                quantityBasis == null ? DEFAULT.quantityBasis : quantityBasis,
                intercept == null ? DEFAULT.intercept : intercept, orders == null ? DEFAULT.orders : orders,
                services == null ? DEFAULT.services : services, quantity == null ? DEFAULT.quantity : quantity,
                amount == null ? DEFAULT.amount : amount);
    }
}
