package com.logicrm.classification.inactivity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long a customer of each grade may go without an order before someone follows it up (CLS-9). The
 * better the customer, the sooner its silence matters: by default A after 7 days, B 14, C 30, D 60, and
 * a customer the newest run did not grade after 30 (a fuel-station network used 5 days for all). Every
 * grade needs a whole number of days from 1 to 3,650; unknown grades are refused.
 */
final class InactivityPolicy {

    static final String UNGRADED = "UNGRADED";
    static final Map<String, Integer> DEFAULT_DAYS = defaults();
    private static final int MAX_DAYS = 3650;

    private final Map<String, Integer> days;

    InactivityPolicy(Map<String, Integer> given) {
        Map<String, Integer> merged = new LinkedHashMap<>(DEFAULT_DAYS);
        given.forEach((grade, value) -> {
            String key = grade.strip().toUpperCase(java.util.Locale.ROOT);
            if (!DEFAULT_DAYS.containsKey(key)) {
                throw new IllegalArgumentException("logicrm.classification.inactivity.days: unknown grade " + grade);
            }
            if (value == null || value < 1 || value > MAX_DAYS) {
                throw new IllegalArgumentException("logicrm.classification.inactivity.days." + grade
                        + " must be 1 to " + MAX_DAYS + " days, not " + value);
            }
            merged.put(key, value);
        });
        this.days = java.util.Collections.unmodifiableMap(merged);
    }

    /** Days without an order after which a customer of {@code grade} (null: ungraded) is listed. */
    int threshold(String grade) {
        return days.get(grade == null ? UNGRADED : grade);
    }

    Map<String, Integer> days() {
        return days;
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> days = new LinkedHashMap<>();
        days.put("A", 7);
        days.put("B", 14);
        days.put("C", 30);
        days.put("D", 60);
        days.put(UNGRADED, 30);
        return java.util.Collections.unmodifiableMap(days);
    }
}
