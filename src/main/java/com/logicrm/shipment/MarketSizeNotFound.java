package com.logicrm.shipment;

import com.logicrm.shared.NotFound;

/** No market size with this id (404). */
public class MarketSizeNotFound extends NotFound {

    public MarketSizeNotFound(long id) {
        super("kpi.market.notFound", id);
    }
}
