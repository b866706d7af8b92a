package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;

/**
 * A search of the archive. Every criterion is optional; {@code q} matches name and short name
 * fragments (Chinese from 1 character, Latin from 2), a credit-code prefix or a phone number;
 * {@code tag} is one free tag the customer must carry. {@code sort} defaults to newest first;
 * {@code cursor} is the {@code nextCursor} of the previous page in the same sort.
 */
public record CustomerQuery(String q, LifecycleStage stage, CustomerKind kind, CustomerCategory category,
        String regionCode, Long ownerId, String industry, NeedsSegment needsSegment, Confidentiality confidentiality,
        Integer minCompleteness, Integer maxCompleteness, String tag, CustomerSort sort, String cursor, int size) {

    public CustomerQuery {
        size = size <= 0 ? 20 : Math.min(size, 200);
        sort = sort == null ? CustomerSort.NEWEST : sort;
    }

    public static CustomerQuery all(int size) {
        return new CustomerQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                size);
    }

    public static CustomerQuery text(String q, int size) {
        return new CustomerQuery(q, null, null, null, null, null, null, null, null, null, null, null, null, null,
                size);
    }
}
