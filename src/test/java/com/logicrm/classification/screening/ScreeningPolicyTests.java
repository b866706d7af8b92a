package com.logicrm.classification.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.customer.LifecycleStage;
import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScreeningPolicyTests {

    private final ScreeningPolicy defaults = new ScreeningPolicy(null);

    /** A customer in order on every measure: 50,000 CNY, 20 % margin, nothing past due, growing, monthly, punctual. */
    private static ScreeningMeasures healthy() {
        return measures("50000", "20", "0", "10", 12, "100", LifecycleStage.ACTIVE);
    }

    private static ScreeningMeasures measures(String revenue, String marginRate, String overdueShare, String growth,
            int activeMonths, String punctuality, LifecycleStage stage) {
        return new ScreeningMeasures(new BigDecimal(revenue), BigDecimal.ZERO, BigDecimal.ZERO, decimal(marginRate),
                decimal(growth), 10, activeMonths, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                decimal(overdueShare), 0, 0, decimal(punctuality), stage);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void aCustomerInOrderOnEveryMeasureIsKept() {
        assertThat(defaults.assess(healthy())).isEqualTo(
                new ScreeningPolicy.Outcome(Recommendation.KEEP, java.util.List.of()));
    }

    @Test
    void eachWeakMeasureAloneMeansWatch() {
        assertThat(defaults.assess(measures("5000", "20", "0", "10", 12, "100", LifecycleStage.ACTIVE)).findings())
                .containsExactly("revenueLow");
        assertThat(defaults.assess(measures("50000", "2", "0", "10", 12, "100", LifecycleStage.ACTIVE)).findings())
                .containsExactly("marginLow");
        assertThat(defaults.assess(measures("50000", "20", "30", "10", 12, "100", LifecycleStage.ACTIVE)).findings())
                .containsExactly("overdueHigh");
        assertThat(defaults.assess(measures("50000", "20", "0", "-40", 12, "100", LifecycleStage.ACTIVE)).findings())
                .containsExactly("shrinking");
        assertThat(defaults.assess(measures("50000", "20", "0", "10", 2, "100", LifecycleStage.ACTIVE)).findings())
                .containsExactly("rarePurchases");
        assertThat(defaults.assess(measures("50000", "20", "0", "10", 12, "60", LifecycleStage.ACTIVE)).findings())
                .containsExactly("paysLate");
        assertThat(defaults.assess(measures("50000", "20", "0", "10", 12, "100", LifecycleStage.DORMANT))
                .recommendation()).isEqualTo(Recommendation.WATCH);
    }

    @Test
    void aDropFindingOutweighsEverythingElseAndKeepsTheWatchFindingsBesideIt() {
        ScreeningPolicy.Outcome outcome = defaults.assess(
                measures("500", "20", "60", "10", 2, "100", LifecycleStage.ACTIVE));
        assertThat(outcome.recommendation()).isEqualTo(Recommendation.DROP);
        assertThat(outcome.findings()).containsExactly("revenueVeryLow", "overdueVeryHigh", "rarePurchases");
        assertThat(defaults.assess(measures("50000", "-20", "0", "10", 12, "100", LifecycleStage.ACTIVE))
                .findings()).containsExactly("marginVeryLow");
        assertThat(defaults.assess(measures("50000", "20", "0", "10", 12, "100", LifecycleStage.LOST))
                .recommendation()).isEqualTo(Recommendation.DROP);
    }

    @Test
    void thresholdsAreStrictAndMissingFiguresJudgeNothing() {
        // exactly at a threshold is not below or above it
        assertThat(defaults.assess(measures("10000", "5", "20", "-30", 3, "70", LifecycleStage.ACTIVE))
                .recommendation()).isEqualTo(Recommendation.KEEP);
        // no margin rate (no revenue base), no overdue share (nothing open), no growth (new), no invoices due
        assertThat(defaults.assess(measures("50000", null, null, null, 12, null, LifecycleStage.ACTIVE))
                .recommendation()).isEqualTo(Recommendation.KEEP);
    }

    @Test
    void rulesOfTheirOwnMoveTheOutcome() {
        ScreeningPolicy strict = new ScreeningPolicy(new ScreeningRules(new BigDecimal("100000"), null, null, null,
                null, null, null, null, null));
        assertThat(strict.assess(healthy()).recommendation()).isEqualTo(Recommendation.WATCH);
        assertThat(strict.rules().dropRevenueBelow()).isEqualByComparingTo("1000");
    }

    @Test
    void contradictoryOrOutOfRangeRulesAreRefusedNamingTheField() {
        assertRefused(new ScreeningRules(new BigDecimal("1000"), new BigDecimal("5000"), null, null, null, null, null,
                null, null), "dropRevenueBelow", "screening.rules.dropAboveWatch");
        assertRefused(new ScreeningRules(null, null, new BigDecimal("5"), new BigDecimal("10"), null, null, null, null,
                null), "dropMarginRateBelow", "screening.rules.dropAboveWatch");
        assertRefused(new ScreeningRules(null, null, null, null, new BigDecimal("60"), new BigDecimal("40"), null,
                null, null), "dropOverdueAbove", "screening.rules.dropBelowWatch");
        assertRefused(new ScreeningRules(new BigDecimal("-1"), null, null, null, null, null, null, null, null),
                "watchRevenueBelow", "screening.rules.negative");
        assertRefused(new ScreeningRules(null, null, null, null, new BigDecimal("101"), new BigDecimal("120"), null,
                null, null), "watchOverdueAbove", "screening.rules.percentRange");
        assertRefused(new ScreeningRules(null, null, null, null, null, null, new BigDecimal("-101"), null, null),
                "watchGrowthBelow", "screening.rules.growthRange");
        assertRefused(new ScreeningRules(null, null, null, null, null, null, null, 13, null),
                "watchActiveMonthsBelow", "screening.rules.monthsRange");
    }

    @Test
    void percentagesAndGrowthAreNullWithoutABase() {
        assertThat(ScreeningPolicy.percentOf(new BigDecimal("25"), new BigDecimal("200"))).isEqualByComparingTo("12.5");
        assertThat(ScreeningPolicy.percentOf(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(ScreeningPolicy.growth(new BigDecimal("150"), new BigDecimal("100"))).isEqualByComparingTo("50");
        assertThat(ScreeningPolicy.growth(new BigDecimal("150"), BigDecimal.ZERO)).isNull();
    }

    private static void assertRefused(ScreeningRules rules, String field, String code) {
        assertThatThrownBy(() -> new ScreeningPolicy(rules)).isInstanceOfSatisfying(InvalidField.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageCode()).isEqualTo(code);
        });
    }
}
