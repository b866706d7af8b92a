package com.logicrm.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CLS-6: which scores count as high, the eight segments, and the settings a run accepts. */
class RfmPolicyTests {

    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    @Test
    void quintilesCountFourAndFiveAsHigh() {
        RfmPolicy policy = new RfmPolicy(null, END);
        assertThat(policy.levels()).isEqualTo(5);
        assertThat(policy.highFrom()).isEqualTo(4);
        assertThat(policy.segment(5, 5, 5)).isEqualTo(RfmSegment.IMPORTANT_VALUE);
        assertThat(policy.segment(4, 3, 4)).isEqualTo(RfmSegment.IMPORTANT_DEVELOP);
        assertThat(policy.segment(3, 4, 5)).isEqualTo(RfmSegment.IMPORTANT_RETAIN);
        assertThat(policy.segment(1, 1, 4)).isEqualTo(RfmSegment.IMPORTANT_WIN_BACK);
        assertThat(policy.segment(5, 4, 3)).isEqualTo(RfmSegment.GENERAL_VALUE);
        assertThat(policy.segment(4, 2, 2)).isEqualTo(RfmSegment.GENERAL_DEVELOP);
        assertThat(policy.segment(2, 5, 1)).isEqualTo(RfmSegment.GENERAL_RETAIN);
        assertThat(policy.segment(3, 3, 3)).isEqualTo(RfmSegment.GENERAL_WIN_BACK);
    }

    @Test
    void quartilesCountThreeAndFourAsHigh() {
        RfmPolicy policy = new RfmPolicy(new RfmRules(4, null), END);
        assertThat(policy.highFrom()).isEqualTo(3);
        assertThat(policy.segment(3, 3, 3)).isEqualTo(RfmSegment.IMPORTANT_VALUE);
        assertThat(policy.segment(2, 2, 2)).isEqualTo(RfmSegment.GENERAL_WIN_BACK);
    }

    @Test
    void theReferenceDateIsTheDayAfterThePeriodUnlessGiven() {
        assertThat(new RfmPolicy(null, END).referenceDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(new RfmPolicy(new RfmRules(null, LocalDate.of(2026, 3, 1)), END).referenceDate())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void otherLevelsAndAnEarlyReferenceDateAreRefused() {
        assertThatThrownBy(() -> new RfmPolicy(new RfmRules(3, null), END))
                .isInstanceOfSatisfying(InvalidField.class, invalid -> assertThat(invalid.field()).isEqualTo("rfm.levels"));
        assertThatThrownBy(() -> new RfmPolicy(new RfmRules(5, END.minusDays(1)), END))
                .isInstanceOfSatisfying(InvalidField.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("rfm.referenceDate"));
    }

    @Test
    void everyCombinationHasExactlyOneSegment() {
        RfmPolicy policy = new RfmPolicy(null, END);
        java.util.Set<RfmSegment> seen = java.util.EnumSet.noneOf(RfmSegment.class);
        for (int r : new int[] {1, 5}) {
            for (int f : new int[] {1, 5}) {
                for (int m : new int[] {1, 5}) {
                    seen.add(policy.segment(r, f, m));
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(RfmSegment.values());
    }
}
