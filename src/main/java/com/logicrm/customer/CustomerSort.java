package com.logicrm.customer;

import com.logicrm.shared.InvalidField;
import java.util.Locale;

/**
 * The orders a customer list can be read in (ARC-14). Each ends in the id, so every row has one place
 * and a keyset page starts right after the last row shown: the condition is a row comparison that
 * matches the order and its index, never an OFFSET.
 */
public enum CustomerSort {
    /** Newest registrations first: the default, the order of ids. */
    NEWEST("c.id desc", "c.id < :cursorId"),
    OLDEST("c.id", "c.id > :cursorId"),
    /** By name in the database's collation (C: code-point order), then id. */
    NAME("c.name, c.id", "(c.name, c.id) > (:cursorKey, :cursorId)"),
    /** Least complete first, so the records most in need of data come first; then id. */
    COMPLETENESS("c.completeness, c.id", "(c.completeness, c.id) > (:cursorKey, :cursorId)");

    private final String orderBy;
    private final String after;

    CustomerSort(String orderBy, String after) {
        this.orderBy = orderBy;
        this.after = after;
    }

    /** The parameter value ({@code newest}, {@code name} …); null or blank is the default. */
    public static CustomerSort of(String value) {
        if (value == null || value.isBlank()) {
            return NEWEST;
        }
        for (CustomerSort sort : values()) {
            if (sort.parameter().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        throw new InvalidField("sort", "customer.sort.unknown", value);
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    String orderBy() {
        return orderBy;
    }

    /** The condition for rows after the cursor, with parameters {@code cursorKey} and {@code cursorId}. */
    String after() {
        return after;
    }

    /** Whether the order has a key besides the id, which the cursor must then carry. */
    boolean keyed() {
        return after.contains(":cursorKey");
    }
}
