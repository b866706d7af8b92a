package com.logicrm.shipment;

import com.logicrm.shared.InvalidField;
import com.logicrm.shared.region.Region;
import com.logicrm.shared.region.RegionCode;
import java.math.BigDecimal;

/**
 * What a market size must be (KPI-3): a province of the GB/T 2260 catalogue — market figures are kept
 * per province, so a city or county is refused rather than silently counted as its province — a year
 * or a month, and figures above zero (a market of zero would make every share infinite), in yuan and
 * fen; at least one figure.
 */
final class MarketSizeRules {

    static final BigDecimal LARGEST = new BigDecimal("1e15");

    private MarketSizeRules() {
    }

    /** The draft with its region code and period in normal form. */
    static Checked checked(MarketSizeDraft draft) {
        Region region = RegionCode.parse("regionCode", draft.regionCode()).region();
        if (region.level() != Region.Level.PROVINCE) {
            throw new InvalidField("regionCode", "kpi.market.notProvince", region.code());
        }
        MarketPeriod period = MarketPeriod.parse("period", draft.period());
        BigDecimal value = draft.marketValue();
        Long potential = draft.potentialCustomers();
        if (value == null && potential == null) {
            throw new InvalidField("marketValue", "kpi.market.nothing");
        }
        if (value != null && value.signum() <= 0) {
            throw new InvalidField("marketValue", "kpi.market.notPositive");
        }
        if (value != null && (value.stripTrailingZeros().scale() > 2 || value.compareTo(LARGEST) >= 0)) {
            throw new InvalidField("marketValue", "kpi.market.tooPrecise");
        }
        if (potential != null && potential <= 0) {
            throw new InvalidField("potentialCustomers", "kpi.market.notPositive");
        }
        return new Checked(region.code(), period.toString(), value, potential);
    }

    record Checked(String regionCode, String period, BigDecimal marketValue, Long potentialCustomers) {
    }
}
