package com.logicrm.shared;

/** A mainland mobile number: 1[3-9] and 9 digits; +86, 0086 and 86 prefixes, spaces and hyphens are dropped. */
public record MobilePhone(String value) {

    public static MobilePhone parse(String field, String text) {
        String digits = normalise(text);
        if (!digits.matches("1[3-9]\\d{9}")) {
            throw new InvalidField(field, "mobile.invalid", text == null ? "" : text.trim());
        }
        return new MobilePhone(digits);
    }

    public static boolean isValid(String text) {
        return normalise(text).matches("1[3-9]\\d{9}");
    }

    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String digits = text.replaceAll("[\\s\\-()]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits;
    }
}
