package com.logicrm.shipment;

import java.util.List;

/**
 * What a batch did: items received, newly loaded, already loaded before (same source and external
 * id: left as they were) and refused, with the reasons for the refused ones.
 */
public record LoadResult(int received, int loaded, int alreadyLoaded, int rejected, List<ItemProblem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }
}
