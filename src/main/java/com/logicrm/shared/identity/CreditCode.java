package com.logicrm.shared.identity;

import com.logicrm.shared.InvalidField;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters, e.g.
 * {@code 91110000710926094P}. Always held normalised: upper case, no separators.
 *
 * <pre>
 *  9 1 110000 710926094 P
 *  │ │ │      │         └ check character (GB 32100)
 *  │ │ │      └ organisation code, 9 characters with its own GB 11714 check character
 *  │ │ └ administrative division code of the registering authority (GB/T 2260)
 *  │ └ entity type within that authority (1 = enterprise for authority 9 …)
 *  └ registration authority (9 = market regulation, 1 = public-sector bodies, 5 = civil affairs …)
 * </pre>
 */
public record CreditCode(String value) {

    /** Digits and capital letters without I, O, S, V and Z; a character's value is its index. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int LENGTH = 18;
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Refuses anything but a valid code in normal form; user input goes through {@link #parse}. */
    public CreditCode {
        try {
            check("value", value);
        } catch (InvalidField e) {
            throw new IllegalArgumentException("Not a normalised unified social credit code: " + e.messageCode());
        }
        if (!value.equals(normalise(value))) {
            throw new IllegalArgumentException("Not a normalised unified social credit code");
        }
    }

    /**
     * Reads a code as people type it: lower case, spaces, hyphens and full-width characters are fine.
     *
     * @throws InvalidField for {@code field}: {@code NotBlank}, {@code creditCode.length} (argument:
     *                      the length found), {@code creditCode.characters} (argument: the first
     *                      character not allowed), {@code creditCode.region} or {@code creditCode.checksum}
     */
    public static CreditCode parse(String field, String input) {
        String code = normalise(input);
        if (code.isEmpty()) {
            throw new InvalidField(field, "NotBlank");
        }
        check(field, code);
        return new CreditCode(code);
    }

    public static boolean isValid(String input) {
        try {
            parse("value", input);
            return true;
        } catch (InvalidField e) {
            return false;
        }
    }

    /** 1st character, e.g. {@code 9} for the market regulation authorities. */
    public String registrationAuthority() {
        return value.substring(0, 1);
    }

    /** 2nd character: the kind of entity within its registration authority. */
    public String entityType() {
        return value.substring(1, 2);
    }

    /**
     * Characters 3–8: the 6-digit division code of the registering authority, as it was when the code
     * was issued (the division may have been abolished since), so a plain string rather than a
     * {@link com.logicrm.shared.region.RegionCode}.
     */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** Characters 9–17: the organisation code (组织机构代码), including its own check character. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /**
     * Whether the organisation code passes its GB 11714 check. Not part of validity: real codes
     * accepted by the registers fail it (e.g. {@code 911101005JLR20JR60}), so this is only a hint.
     */
    public boolean organisationCodeValid() {
        String organisation = organisationCode();
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            // GB 11714 gives letters the values 10 (A) to 35 (Z), as base 36 does
            sum += Character.digit(organisation.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return organisation.charAt(8) == expected;
    }

    @Override
    public String toString() {
        return value;
    }

    /** The check character for the first 17 characters: C18 = 31 − (Σ value × 3^(i−1) mod 31), 31 → 0. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static void check(String field, String code) {
        if (code == null || code.isEmpty()) {
            throw new InvalidField(field, "NotBlank");
        }
        if (code.length() != LENGTH) {
            throw new InvalidField(field, "creditCode.length", code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new InvalidField(field, "creditCode.characters", String.valueOf(code.charAt(i)));
            }
        }
        if (!code.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidField(field, "creditCode.region");
        }
        if (checkCharacter(code) != code.charAt(17)) {
            throw new InvalidField(field, "creditCode.checksum");
        }
    }

    private static String normalise(String input) {
        if (input == null) {
            return "";
        }
        return Normalizer.normalize(input, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\-]", "")
                .toUpperCase(Locale.ROOT);
    }
}
