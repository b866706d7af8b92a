package com.logicrm.classification;

import com.logicrm.shared.InvalidField;
import java.util.List;

/**
 * CLS-4: which loyalty model a run uses. MANUAL takes the rules' weights. FITTED fits them from the
 * sample of last year's customers; with fewer than {@value #MIN_SAMPLE} of them, or fewer than
 * {@value #MIN_EACH} who stayed or who left, a fit says nothing worth using and the hand-set weights
 * are used instead, with the reason.
 */
final class LoyaltyPolicy {

    static final int MIN_SAMPLE = 30;
    static final int MIN_EACH = 5;
    static final double MAX_WEIGHT = 1000;

    private final LoyaltyRules rules;

    LoyaltyPolicy(LoyaltyRules given) {
        LoyaltyRules rules = given == null ? LoyaltyRules.DEFAULT : given.orDefaults();
        if (!(rules.threshold() > 0 && rules.threshold() <= 1)) {
            throw new InvalidField("loyalty.threshold", "classification.loyalty.thresholdRange");
        }
        weight("loyalty.intercept", rules.intercept());
        weight("loyalty.orders", rules.orders());
        weight("loyalty.services", rules.services());
        weight("loyalty.quantity", rules.quantity());
        weight("loyalty.amount", rules.amount());
        this.rules = rules;
    }

    LoyaltyRules rules() {
        return rules;
    }

    LoyaltyModel model(List<LoyaltyFitter.Observation> sample, double yearScale) {
        if (rules.mode() == LoyaltyRules.LoyaltyMode.MANUAL) {
            return handSet(LoyaltyModel.Source.MANUAL, null, yearScale);
        }
        long stayed = sample.stream().filter(LoyaltyFitter.Observation::stayed).count();
        if (sample.isEmpty()) {
            return handSet(LoyaltyModel.Source.FALLBACK, "classification.loyalty.fallback.noHistory", yearScale);
        }
        if (sample.size() < MIN_SAMPLE) {
            return handSet(LoyaltyModel.Source.FALLBACK, "classification.loyalty.fallback.tooFew", yearScale);
        }
        if (stayed < MIN_EACH || sample.size() - stayed < MIN_EACH) {
            return handSet(LoyaltyModel.Source.FALLBACK, "classification.loyalty.fallback.oneSided", yearScale);
        }
        LoyaltyFitter.Fit fit = new LoyaltyFitter().fit(sample);
        double[] w = fit.weights();
        return new LoyaltyModel(LoyaltyModel.Source.FITTED, null, w[0], w[1], w[2], w[3], w[4], rules.threshold(),
                rules.quantityBasis(), yearScale, fit.quality());
    }

    private LoyaltyModel handSet(LoyaltyModel.Source source, String fallback, double yearScale) {
        return new LoyaltyModel(source, fallback, rules.intercept(), rules.orders(), rules.services(),
                rules.quantity(), rules.amount(), rules.threshold(), rules.quantityBasis(), yearScale, null);
    }

    private static void weight(String field, double value) {
        if (!Double.isFinite(value) || Math.abs(value) > MAX_WEIGHT) {
            throw new InvalidField(field, "classification.loyalty.weightRange", (int) MAX_WEIGHT);
        }
    }
}
