package com.logicrm.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CLS-4 which model a run uses and when it falls back; CLS-5 quadrants, the second tier to develop, refused rules. */
class LoyaltyAndQuadrantPolicyTests {

    @Test
    void withoutHistoryTheHandSetWeightsAreUsedAndTheReasonGiven() {
        LoyaltyPolicy policy = new LoyaltyPolicy(null);
        LoyaltyModel none = policy.model(List.of(), 1);
        assertThat(none.source()).isEqualTo(LoyaltyModel.Source.FALLBACK);
        assertThat(none.fallback()).isEqualTo("classification.loyalty.fallback.noHistory");
        assertThat(none.intercept()).isEqualTo(-4.0);
        assertThat(none.fit()).isNull();

        List<LoyaltyFitter.Observation> few = new ArrayList<>();
        for (int i = 0; i < LoyaltyPolicy.MIN_SAMPLE - 1; i++) {
            few.add(new LoyaltyFitter.Observation(i, 1, 1, 1, i % 2 == 0));
        }
        assertThat(policy.model(few, 1).fallback()).isEqualTo("classification.loyalty.fallback.tooFew");

        List<LoyaltyFitter.Observation> allStayed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            allStayed.add(new LoyaltyFitter.Observation(i, 1, 1, 1, i < 97));
        }
        assertThat(policy.model(allStayed, 1).fallback()).isEqualTo("classification.loyalty.fallback.oneSided");
    }

    @Test
    void enoughHistoryIsFittedAndManualIsNever() {
        List<LoyaltyFitter.Observation> sample = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sample.add(new LoyaltyFitter.Observation(1 + i % 20, 1, 5, 100 * (i % 20), (i % 20) + (i % 7) > 12));
        }
        LoyaltyModel fitted = new LoyaltyPolicy(null).model(sample, 2);
        assertThat(fitted.source()).isEqualTo(LoyaltyModel.Source.FITTED);
        assertThat(fitted.fit().sample()).isEqualTo(200);
        assertThat(fitted.yearScale()).isEqualTo(2);
        assertThat(fitted.threshold()).isEqualTo(0.8);

        LoyaltyModel manual = new LoyaltyPolicy(new LoyaltyRules(LoyaltyRules.LoyaltyMode.MANUAL, 0.7, null, -1.0,
                null, null, null, null)).model(sample, 1);
        assertThat(manual.source()).isEqualTo(LoyaltyModel.Source.MANUAL);
        assertThat(manual.intercept()).isEqualTo(-1.0);
        assertThat(manual.orders()).as("the default where none given").isEqualTo(1.0);
        assertThat(manual.threshold()).isEqualTo(0.7);
    }

    @Test
    void aThresholdOutsideZeroToOneOrAnAbsurdWeightIsRefused() {
        for (double threshold : new double[] {0, -0.1, 1.01, Double.NaN}) {
            assertThatThrownBy(() -> new LoyaltyPolicy(new LoyaltyRules(null, threshold, null, null, null, null, null,
                    null))).isInstanceOfSatisfying(InvalidField.class,
                            e -> assertThat(e.field()).isEqualTo("loyalty.threshold"));
        }
        assertThatThrownBy(() -> new LoyaltyPolicy(new LoyaltyRules(null, null, null, null, 5000.0, null, null, null)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("loyalty.orders"));
    }

    @Test
    void bestAndLoyalNameTheQuadrant() {
        assertThat(QuadrantPolicy.quadrant(true, true)).isEqualTo(Quadrant.BEST_LOYAL);
        assertThat(QuadrantPolicy.quadrant(true, false)).isEqualTo(Quadrant.BEST_NOT_LOYAL);
        assertThat(QuadrantPolicy.quadrant(false, true)).isEqualTo(Quadrant.LOYAL_NOT_BEST);
        assertThat(QuadrantPolicy.quadrant(false, false)).isEqualTo(Quadrant.NEITHER);
    }

    @Test
    void theSecondTierIsDevelopedForGrowthOrLargeOrders() {
        QuadrantPolicy policy = new QuadrantPolicy(null);
        BigDecimal small = new BigDecimal("0.5");
        assertThat(policy.develop(Grade.C, new BigDecimal("1200"), new BigDecimal("1000"), small)).isTrue();
        assertThat(policy.develop(Grade.C, new BigDecimal("1199"), new BigDecimal("1000"), small)).isFalse();
        assertThat(policy.develop(Grade.C, new BigDecimal("100"), null, new BigDecimal("0.9"))).as("top tenth by order")
                .isTrue();
        assertThat(policy.develop(Grade.C, new BigDecimal("100"), BigDecimal.ZERO, small)).as("no revenue before")
                .isFalse();
        assertThat(policy.develop(Grade.B, new BigDecimal("5000"), new BigDecimal("1000"), BigDecimal.ONE))
                .as("only the second tier").isFalse();
    }

    @Test
    void contradictoryQuadrantRulesAreRefused() {
        assertThatThrownBy(() -> new QuadrantPolicy(new QuadrantRules(List.of(Grade.A, Grade.B),
                List.of(Grade.B, Grade.C), null, null))).isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("quadrants.developGrades");
                    assertThat(e.messageCode()).isEqualTo("classification.quadrants.overlap");
                });
        assertThatThrownBy(() -> new QuadrantPolicy(new QuadrantRules(List.of(), null, null, null)))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("quadrants.bestGrades"));
        assertThatThrownBy(() -> new QuadrantPolicy(new QuadrantRules(null, null, null, BigDecimal.valueOf(100))))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("quadrants.developTopPercent"));
        assertThatThrownBy(() -> new QuadrantPolicy(new QuadrantRules(null, null, BigDecimal.valueOf(-1), null)))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("quadrants.developGrowthPercent"));
    }
}
