package com.logicrm.shared;

import java.util.Locale;

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from an alphabet
 * without I, O, S, V and Z, the last one a check character over the first 17 with weights
 * 3^(i−1) mod 31. Lower case, spaces and hyphens are accepted and normalised away.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static CreditCode parse(String field, String text) {
        String code = normalise(text);
        if (!valid(code)) {
            throw new InvalidField(field, "creditCode.invalid", text == null ? "" : text.trim());
        }
        return new CreditCode(code);
    }

    public static boolean isValid(String text) {
        return valid(normalise(text));
    }

    /** The check character that completes 17 characters into a valid code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The administrative division of the registering authority (characters 3–8). */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** The organisation code (characters 9–17, GB 11714). */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static boolean valid(String code) {
        if (code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }
}
