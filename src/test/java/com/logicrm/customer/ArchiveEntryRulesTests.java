package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArchiveEntryRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void anOrdinaryEntryIsTrimmedAndKeepsNoReturnFacts() {
        NewArchiveEntry checked = ArchiveEntryRules.checked(
                NewArchiveEntry.of(ArchiveSection.CREDIT, TODAY, "  授信审批记录 ", "  "), TODAY);
        assertThat(checked.title()).isEqualTo("授信审批记录");
        assertThat(checked.notes()).isNull();
        assertThat(checked.section()).isEqualTo(ArchiveSection.CREDIT);
    }

    @Test
    void aReturnsEntryNeedsAllItsFactsAndAPositiveAmountInFen() {
        NewArchiveEntry good = new NewArchiveEntry(ArchiveSection.RETURNS, TODAY, "破损赔偿", null,
                ReturnKind.COMPENSATION, new BigDecimal("88.5"), Responsibility.THIRD_PARTY, "承运商装卸");
        assertThat(ArchiveEntryRules.checked(good, TODAY).amount()).isEqualTo(new BigDecimal("88.50"));
        assertField(new NewArchiveEntry(ArchiveSection.RETURNS, TODAY, "x", null, null, BigDecimal.TEN,
                Responsibility.OURS, null), "returnKind");
        assertField(new NewArchiveEntry(ArchiveSection.RETURNS, TODAY, "x", null, ReturnKind.RETURN, BigDecimal.ZERO,
                Responsibility.OURS, null), "amount");
        assertField(new NewArchiveEntry(ArchiveSection.RETURNS, TODAY, "x", null, ReturnKind.RETURN,
                new BigDecimal("1000000000000"), Responsibility.OURS, null), "amount");
        assertField(new NewArchiveEntry(ArchiveSection.RETURNS, TODAY, "x", null, ReturnKind.RETURN,
                new BigDecimal("0.001"), Responsibility.OURS, null), "amount");
        assertField(new NewArchiveEntry(ArchiveSection.RETURNS, TODAY, "x", null, ReturnKind.RETURN, BigDecimal.ONE,
                null, null), "responsibility");
        assertField(new NewArchiveEntry(ArchiveSection.BASIC, TODAY, "x", null, null, null, null, "结论"), "section");
    }

    @Test
    void datesMayNotLieAheadAndTitlesHaveALimit() {
        assertField(NewArchiveEntry.of(ArchiveSection.BASIC, TODAY.plusDays(1), "x", null), "entryDate");
        assertField(NewArchiveEntry.of(ArchiveSection.BASIC, LocalDate.of(1949, 12, 31), "x", null), "entryDate");
        assertField(NewArchiveEntry.of(ArchiveSection.BASIC, null, "x", null), "entryDate");
        assertField(NewArchiveEntry.of(ArchiveSection.BASIC, TODAY, "档".repeat(201), null), "title");
        assertField(NewArchiveEntry.of(ArchiveSection.BASIC, TODAY, "x", "备".repeat(2001)), "notes");
        assertField(NewArchiveEntry.of(null, TODAY, "x", null), "section");
    }

    @Test
    void onlyAYearThatIsOverCanBeClosed() {
        ArchiveEntryRules.closable(2025, TODAY);
        assertThatThrownBy(() -> ArchiveEntryRules.closable(2026, TODAY)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> ArchiveEntryRules.closable(2030, TODAY)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> ArchiveEntryRules.closable(0, TODAY)).isInstanceOf(InvalidField.class);
    }

    @Test
    void catalogueNumbersCarrySectionYearAndAtLeastThreeDigits() {
        assertThat(ArchiveEntries.catalogueNo(ArchiveSection.RETURNS, 2026, 3)).isEqualTo("4-2026-003");
        assertThat(ArchiveEntries.catalogueNo(ArchiveSection.BASIC, 2025, 1234)).isEqualTo("1-2025-1234");
    }

    private static void assertField(NewArchiveEntry entry, String field) {
        assertThatThrownBy(() -> ArchiveEntryRules.checked(entry, TODAY))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
