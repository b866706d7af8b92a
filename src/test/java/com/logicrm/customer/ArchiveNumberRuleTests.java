package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArchiveNumberRuleTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Test
    void theDefaultIsKhYearAndASixDigitSequence() {
        ArchiveNumberRule rule = new ArchiveNumberRule(ArchiveNumberRule.DEFAULT);

        assertThat(rule.format(DAY, 1)).isEqualTo("KH-2026-000001");
        assertThat(rule.format(DAY, 42)).isEqualTo("KH-2026-000042");
        assertThat(rule.format(DAY, 999_999)).isEqualTo("KH-2026-999999");
        assertThat(rule.format(DAY, 1)).matches("KH-\\d{4}-\\d{6}");
    }

    @Test
    void aMissingOrBlankRuleMeansTheDefault() {
        assertThat(new ArchiveNumberRule(null).format(DAY, 7)).isEqualTo("KH-2026-000007");
        assertThat(new ArchiveNumberRule("  ").format(DAY, 7)).isEqualTo("KH-2026-000007");
    }

    @Test
    void shortYearMonthAndWidthAreHonoured() {
        assertThat(new ArchiveNumberRule("SH{yy}{MM}-{seq:4}").format(DAY, 12)).isEqualTo("SH2603-0012");
        assertThat(new ArchiveNumberRule("C{seq}").format(DAY, 12)).as("no width: no padding").isEqualTo("C12");
    }

    @Test
    void aSequenceBeyondTheWidthIsNotCut() {
        assertThat(new ArchiveNumberRule(ArchiveNumberRule.DEFAULT).format(DAY, 1_234_567))
                .isEqualTo("KH-2026-1234567");
    }

    @Test
    void literalTextWithRegexCharactersIsKept() {
        assertThat(new ArchiveNumberRule("$KH\\{yyyy}.{seq:3}").format(DAY, 5)).isEqualTo("$KH\\2026.005");
    }

    @Test
    void aRuleWithoutSequenceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ArchiveNumberRule("KH-{yyyy}"));
    }
}
