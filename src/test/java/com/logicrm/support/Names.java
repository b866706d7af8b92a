package com.logicrm.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unique names for the users, departments and roles a test creates: every test class shares one
 * database per JVM and no test may assume a table is empty.
 */
public final class Names {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Names() {
    }

    /** {@code prefix} plus a suffix unique in this database, lower case (usernames, department codes). */
    public static String unique(String prefix) {
        return prefix + "_" + RUN + COUNTER.incrementAndGet();
    }

    /** The same, upper case, as role codes must be. */
    public static String uniqueCode(String prefix) {
        return unique(prefix).toUpperCase(Locale.ROOT);
    }
}
