package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** KPI-3: what a market size and a period must be. */
class MarketSizeRulesTests {

    @Test
    void aProvinceAPeriodAndAtLeastOnePositiveFigure() {
        MarketSizeRules.Checked checked = MarketSizeRules.checked(
                new MarketSizeDraft(" 310000 ", "2026-03", new BigDecimal("1500000.50"), null));
        assertThat(checked.regionCode()).isEqualTo("310000");
        assertThat(checked.period()).isEqualTo("2026-03");
        assertThat(MarketSizeRules.checked(new MarketSizeDraft("440000", "2026", null, 12L)).potentialCustomers())
                .isEqualTo(12L);
    }

    @Test
    void citiesUnknownCodesAndNonCodesAreRefusedNamingTheRegion() {
        assertRefused(new MarketSizeDraft("310100", "2026", BigDecimal.TEN, null), "regionCode", "kpi.market.notProvince");
        assertRefused(new MarketSizeDraft("990000", "2026", BigDecimal.TEN, null), "regionCode", "regionCode.unknown");
        assertRefused(new MarketSizeDraft("shanghai", "2026", BigDecimal.TEN, null), "regionCode", "regionCode.format");
        assertRefused(new MarketSizeDraft(null, "2026", BigDecimal.TEN, null), "regionCode", "NotBlank");
    }

    @Test
    void zeroNegativeMissingAndOverPreciseFiguresAreRefused() {
        assertRefused(new MarketSizeDraft("310000", "2026", BigDecimal.ZERO, null), "marketValue", "kpi.market.notPositive");
        assertRefused(new MarketSizeDraft("310000", "2026", new BigDecimal("-5"), null), "marketValue",
                "kpi.market.notPositive");
        assertRefused(new MarketSizeDraft("310000", "2026", null, 0L), "potentialCustomers", "kpi.market.notPositive");
        assertRefused(new MarketSizeDraft("310000", "2026", null, -3L), "potentialCustomers", "kpi.market.notPositive");
        assertRefused(new MarketSizeDraft("310000", "2026", null, null), "marketValue", "kpi.market.nothing");
        assertRefused(new MarketSizeDraft("310000", "2026", new BigDecimal("1.005"), null), "marketValue",
                "kpi.market.tooPrecise");
    }

    @Test
    void periodsAreAYearOrAMonth() {
        assertThat(MarketPeriod.parse("period", "2026").from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(MarketPeriod.parse("period", "2026").to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(MarketPeriod.parse("period", "2024-02").to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(MarketPeriod.parse("period", "2024-02")).hasToString("2024-02");
        for (String malformed : new String[] {"2026-13", "2026-00", "2026-1", "26", "1999", "2026/11", "", "二〇二六"}) {
            assertRefused(new MarketSizeDraft("310000", malformed, BigDecimal.TEN, null), "period", "kpi.period.malformed");
        }
    }

    private static void assertRefused(MarketSizeDraft draft, String field, String code) {
        assertThatThrownBy(() -> MarketSizeRules.checked(draft)).isInstanceOfSatisfying(InvalidField.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageCode()).isEqualTo(code);
        });
    }
}
