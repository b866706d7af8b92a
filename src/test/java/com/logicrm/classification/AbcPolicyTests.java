package com.logicrm.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** CLS-1 cut-offs as DOMAIN.md states them, and the thresholds a run refuses. */
class AbcPolicyTests {

    private static final AbcPolicy DEFAULT = new AbcPolicy(null);

    @Test
    void aLargeArchiveIsCutByPercent() {
        // 10,000 customers: A the top 1 % (100 > 10), B to 5 % (500 > 100 + 40), C to 20 %, D the rest
        assertThat(DEFAULT.limits(10_000)).isEqualTo(new AbcPolicy.Limits(100, 500, 2_000));
    }

    @Test
    void aSmallArchiveIsCutByCount() {
        // 300 customers: 1 % is 3, so A is the top 10; 5 % is 15, so B the next 40; C to 20 % = 60
        assertThat(DEFAULT.limits(300)).isEqualTo(new AbcPolicy.Limits(10, 50, 60));
        // 30 customers: the top 10 are A, the other 20 B; nobody is left for C or D
        assertThat(DEFAULT.limits(30)).isEqualTo(new AbcPolicy.Limits(10, 30, 30));
    }

    @Test
    void percentsRoundDownSoAClassNeverExceedsItsShare() {
        AbcPolicy percentsOnly = new AbcPolicy(new AbcRules(BigDecimal.TEN, 0, BigDecimal.valueOf(30), 0,
                BigDecimal.valueOf(60), 0));
        assertThat(percentsOnly.limits(19)).isEqualTo(new AbcPolicy.Limits(1, 5, 11));
        assertThat(percentsOnly.limits(0)).isEqualTo(new AbcPolicy.Limits(0, 0, 0));
    }

    @Test
    void oneCustomerIsA() {
        AbcPolicy.Limits limits = DEFAULT.limits(1);
        assertThat(AbcPolicy.grade(limits, 1, BigDecimal.ONE)).isEqualTo(Grade.A);
    }

    @Test
    void aCustomerThatBringsNothingOrLosesMoneyIsD() {
        AbcPolicy.Limits limits = DEFAULT.limits(1_000);
        assertThat(AbcPolicy.grade(limits, 1, BigDecimal.ZERO)).isEqualTo(Grade.D);
        assertThat(AbcPolicy.grade(limits, 2, new BigDecimal("-0.01"))).isEqualTo(Grade.D);
        assertThat(AbcPolicy.grade(limits, 2, new BigDecimal("0.01"))).isEqualTo(Grade.A);
    }

    @Test
    void gradesFollowTheLimits() {
        AbcPolicy.Limits limits = new AbcPolicy.Limits(2, 5, 8);
        assertThat(AbcPolicy.grade(limits, 2, BigDecimal.TEN)).isEqualTo(Grade.A);
        assertThat(AbcPolicy.grade(limits, 3, BigDecimal.TEN)).isEqualTo(Grade.B);
        assertThat(AbcPolicy.grade(limits, 8, BigDecimal.TEN)).isEqualTo(Grade.C);
        assertThat(AbcPolicy.grade(limits, 9, BigDecimal.TEN)).isEqualTo(Grade.D);
    }

    @Test
    void missingValuesTakeTheDefaults() {
        AbcPolicy policy = new AbcPolicy(new AbcRules(BigDecimal.valueOf(2), null, null, null, null, null));
        assertThat(policy.rules()).isEqualTo(new AbcRules(BigDecimal.valueOf(2), 10, BigDecimal.valueOf(5), 40,
                BigDecimal.valueOf(20), 0));
    }

    @Test
    void overlappingPercentsAreRefused() {
        assertThatThrownBy(() -> new AbcPolicy(new AbcRules(BigDecimal.TEN, 0, BigDecimal.valueOf(5), 0, null, null)))
                .isInstanceOfSatisfying(InvalidField.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("rules.bPercent");
                    assertThat(invalid.messageCode()).isEqualTo("classification.rules.overlap");
                });
        assertThatThrownBy(() -> new AbcPolicy(new AbcRules(null, null, BigDecimal.valueOf(20), null,
                BigDecimal.valueOf(20), null)))
                .isInstanceOfSatisfying(InvalidField.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("rules.cPercent"));
    }

    @Test
    void thresholdsOutOfRangeOrMissingAreRefused() {
        assertThatThrownBy(() -> new AbcPolicy(new AbcRules(BigDecimal.valueOf(-1), null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidField.class,
                        invalid -> assertThat(invalid.messageCode()).isEqualTo("classification.rules.percentRange"));
        assertThatThrownBy(() -> new AbcPolicy(new AbcRules(null, null, null, null, BigDecimal.valueOf(101), null)))
                .isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new AbcPolicy(new AbcRules(null, -5, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidField.class,
                        invalid -> assertThat(invalid.messageCode()).isEqualTo("classification.rules.countRange"));
        assertThatThrownBy(() -> new AbcPolicy(new AbcRules(BigDecimal.ZERO, 0, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidField.class,
                        invalid -> assertThat(invalid.messageCode()).isEqualTo("classification.rules.empty"));
    }
}
