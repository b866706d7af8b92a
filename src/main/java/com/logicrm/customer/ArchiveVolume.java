package com.logicrm.customer;

import java.time.Instant;

/**
 * A closed year of one customer's archive (年度卷). {@code digest} is the SHA-256 of the entries as
 * they were when the year was closed; {@code intact} says whether they still are.
 */
public record ArchiveVolume(long customerId, int year, String volumeNo, int entryCount, String digest,
        String closedBy, Instant closedAt, boolean intact) {
}
