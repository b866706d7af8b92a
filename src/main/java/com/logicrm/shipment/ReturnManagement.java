package com.logicrm.shipment;

import com.logicrm.access.SignedInUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The front door of returns, compensations and discounts (退赔折价, TXN-4): load them in batches; each
 * reduces its month's net revenue and is catalogued in section 4 of the customer's archive, so the
 * loader needs the right to write business data and the archive.
 */
@Service
public class ReturnManagement {

    private final ReturnLoader loader;

    ReturnManagement(ReturnLoader loader) {
        this.loader = loader;
    }

    @PreAuthorize("hasAuthority('shipment:write') and hasAuthority('customer:write')")
    public LoadResult load(String source, List<ReturnItem> items, SignedInUser user) {
        return loader.load(source, items, user);
    }
}
