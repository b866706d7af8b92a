package com.logicrm.customer;

/**
 * How personal data looks to someone without the {@code customer:pii} permission (SEC-6): enough to
 * recognise it, not enough to use it.
 */
final class Masking {

    private Masking() {
    }

    static String mobile(String value) {
        return value == null || value.length() < 7 ? stars(value)
                : value.substring(0, 3) + "****" + value.substring(value.length() - 4);
    }

    static String landline(String value) {
        if (value == null || value.length() < 6) {
            return stars(value);
        }
        int dash = value.indexOf('-');
        String area = dash > 0 ? value.substring(0, dash + 1) : "";
        return area + "****" + value.substring(value.length() - 2);
    }

    static String residentId(String value) {
        return value == null || value.length() < 10 ? stars(value)
                : value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
    }

    static String email(String value) {
        if (value == null) {
            return null;
        }
        int at = value.indexOf('@');
        return at <= 0 ? stars(value) : value.charAt(0) + "***" + value.substring(at);
    }

    private static String stars(String value) {
        return value == null ? null : "*".repeat(value.length());
    }
}
