package com.logicrm.customer;

import java.util.List;

/** Two current customers that are probably one (ARC-12): the older first, with the reasons. */
public record DuplicatePair(long firstId, String firstArchiveNo, String firstName, long secondId,
        String secondArchiveNo, String secondName, List<String> why) {
}
