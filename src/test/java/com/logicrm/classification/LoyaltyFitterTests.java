package com.logicrm.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CLS-4: the logistic fit finds known weights in synthetic data, and its quality figures mean what they say. */
class LoyaltyFitterTests {

    /** Draws customers whose staying follows {@code weights} (intercept first) on ln(1 + x) exactly. */
    private static List<LoyaltyFitter.Observation> synthetic(double[] weights, int n, long seed) {
        Random random = new Random(seed);
        List<LoyaltyFitter.Observation> sample = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = {2 + 0.8 * random.nextGaussian(), Math.log1p(1 + random.nextInt(5)),
                4 + 1.2 * random.nextGaussian(), 9 + 1.5 * random.nextGaussian()};
            double z = weights[0];
            for (int j = 0; j < 4; j++) {
                z += weights[j + 1] * x[j];
            }
            boolean stayed = random.nextDouble() < 1 / (1 + Math.exp(-z));
            sample.add(new LoyaltyFitter.Observation(Math.expm1(x[0]), Math.expm1(x[1]), Math.expm1(x[2]),
                    Math.expm1(x[3]), stayed));
        }
        return sample;
    }

    @Test
    void theFitFindsTheWeightsTheDataWereDrawnWith() {
        double[] truth = {-6.0, 1.2, 0.5, -0.2, 0.4};
        LoyaltyFitter.Fit fit = new LoyaltyFitter().fit(synthetic(truth, 20_000, 42));
        assertThat(fit.weights()[1]).as("orders").isCloseTo(1.2, within(0.08));
        assertThat(fit.weights()[2]).as("services").isCloseTo(0.5, within(0.12));
        assertThat(fit.weights()[3]).as("quantity").isCloseTo(-0.2, within(0.06));
        assertThat(fit.weights()[4]).as("amount").isCloseTo(0.4, within(0.06));
        assertThat(fit.weights()[0]).as("intercept").isCloseTo(-6.0, within(0.6));
        LoyaltyModel.FitQuality quality = fit.quality();
        assertThat(quality.sample()).isEqualTo(20_000);
        assertThat(quality.logLoss()).as("better than a coin").isLessThan(Math.log(2));
        assertThat(quality.auc()).isGreaterThan(0.7).isLessThanOrEqualTo(1.0);
        assertThat(quality.accuracy()).isGreaterThan(0.6);
        assertThat(quality.iterations()).isLessThan(50);
    }

    @Test
    void aFeatureThatDoesNotVaryGetsNoWeight() {
        List<LoyaltyFitter.Observation> sample = new ArrayList<>();
        for (LoyaltyFitter.Observation o : synthetic(new double[] {-2, 1, 0, 0, 0}, 2_000, 7)) {
            sample.add(new LoyaltyFitter.Observation(o.orders(), 2, o.quantity(), o.amount(), o.stayed()));
        }
        LoyaltyFitter.Fit fit = new LoyaltyFitter().fit(sample);
        assertThat(fit.weights()[2]).isZero();
        assertThat(fit.weights()[1]).isCloseTo(1.0, within(0.2));
    }

    @Test
    void aSampleThatSeparatesPerfectlyStillGivesFiniteWeights() {
        List<LoyaltyFitter.Observation> sample = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            sample.add(new LoyaltyFitter.Observation(i, 1, 10, 1000, i >= 50));
        }
        LoyaltyFitter.Fit fit = new LoyaltyFitter().fit(sample);
        for (double weight : fit.weights()) {
            assertThat(Double.isFinite(weight)).isTrue();
        }
        assertThat(fit.weights()[1]).as("more orders, more staying").isPositive();
        assertThat(fit.quality().accuracy()).as("the ridge keeps the boundary soft").isGreaterThan(0.9);
        assertThat(fit.quality().auc()).isEqualTo(1.0);
    }

    @Test
    void aucCountsPairsRankedRightAndTiesHalf() {
        List<LoyaltyFitter.Observation> sample = List.of(observation(true), observation(false), observation(true),
                observation(false));
        // stayed score 0.9 and 0.4, left 0.4 and 0.1: pairs (0.9>0.4) (0.9>0.1) (0.4=0.4 half) (0.4>0.1) = 3.5 of 4
        assertThat(LoyaltyFitter.auc(sample, new double[] {0.9, 0.4, 0.4, 0.1}, 2)).isEqualTo(0.875);
    }

    @Test
    void theModelScoresAsTheFormulaSays() {
        LoyaltyModel model = new LoyaltyModel(LoyaltyModel.Source.MANUAL, null, -4, 1, 0.8, 0.1, 0.15, 0.8,
                LoyaltyRules.QuantityBasis.PIECES, 1, null);
        double z = -4 + Math.log(13) + 0.8 * Math.log(3) + 0.1 * Math.log(101) + 0.15 * Math.log(10_001);
        assertThat(model.loyalty(12, 2, 100, 10_000)).isCloseTo(1 / (1 + Math.exp(-z)), within(1e-12));
        assertThat(model.loyalty(12, 2, 100, -500)).as("a negative amount counts as none")
                .isEqualTo(model.loyalty(12, 2, 100, 0));
    }

    private static LoyaltyFitter.Observation observation(boolean stayed) {
        return new LoyaltyFitter.Observation(1, 1, 1, 1, stayed);
    }
}
