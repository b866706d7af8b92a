package com.logicrm.customer;

import java.util.List;

/**
 * A page of customers. There is deliberately no total count: counting a million rows per page view
 * is what makes big archives slow. {@code nextCursor} fetches the following page (an opaque string,
 * the last id for the sorts by id), or is null.
 */
public record CustomerPage(List<CustomerSummary> items, String nextCursor) {
}
