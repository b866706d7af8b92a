package com.logicrm.customer;

import java.time.Instant;

/**
 * A person's named customer-list filter (ARC-14). {@code query} is the list page's query string as
 * LogiCRM re-wrote it from the parameters it knows, URL-encoded, so it can be appended to
 * {@code /customers?} as it is.
 */
public record SavedFilter(long id, String name, String query, Instant createdAt) {
}
