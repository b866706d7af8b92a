package com.logicrm.shipment;

import com.logicrm.shared.Conflict;

/** A market size for this province and period exists already; change that one instead (409). */
public class MarketSizeTaken extends Conflict {

    public MarketSizeTaken(String regionCode, String period) {
        super("kpi.market.taken", regionCode, period);
    }
}
