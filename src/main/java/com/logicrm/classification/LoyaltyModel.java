package com.logicrm.classification;

/**
 * The loyalty model a run used (CLS-4): where its weights came from, the weights on ln(1 + x) of the
 * yearly orders, services, quantity and amount, the threshold of "loyal", the factor that scales the
 * period's figures to a year ({@code yearScale}), and for a fitted model how it fitted its sample.
 * {@code fallback} is the message code of why a fit was not used (null otherwise).
 */
public record LoyaltyModel(Source source, String fallback, double intercept, double orders, double services,
        double quantity, double amount, double threshold, LoyaltyRules.QuantityBasis quantityBasis,
        double yearScale, FitQuality fit) {

    public enum Source {
        /** Fitted from the year before the period. */
        FITTED,
        /** Set by hand in the run's rules. */
        MANUAL,
        /** A fit was asked for but history was too short: the hand-set weights. */
        FALLBACK
    }

    /**
     * How the fit did on its own sample: size, how many stayed, mean log-loss, accuracy at F = 0.5, area
     * under the ROC curve, Newton iterations.
     */
    public record FitQuality(int sample, int stayed, double logLoss, double accuracy, double auc, int iterations) {
    }

    /** F for the yearly figures given. */
    public double loyalty(double orders, double services, double quantity, double amount) {
        double z = intercept + this.orders * ln1p(orders) + this.services * ln1p(services)
                + this.quantity * ln1p(quantity) + this.amount * ln1p(amount);
        return 1 / (1 + Math.exp(-Math.max(-50, Math.min(50, z))));
    }

    /** ln(1 + x), nothing for a negative amount (net revenue after returns can be). */
    static double ln1p(double value) {
        return Math.log1p(Math.max(0, value));
    }
}
