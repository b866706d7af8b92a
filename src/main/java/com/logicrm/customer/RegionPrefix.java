package com.logicrm.customer;

/**
 * A region filter covers everything below it: a province code {@code 440000} means every code
 * starting {@code 44}, a city {@code 440300} every code starting {@code 4403}.
 */
final class RegionPrefix {

    private RegionPrefix() {
    }

    static String of(String code) {
        if (!code.matches("\\d{6}")) {
            return code.replaceAll("[^0-9]", "");
        }
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }
}
