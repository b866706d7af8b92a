package com.logicrm.shared.region;

import com.logicrm.shared.InvalidField;
import java.text.Normalizer;

/**
 * A 6-digit administrative division code (GB/T 2260) that exists in the {@link Regions#standard()}
 * catalogue: a province ({@code 440000}), a city ({@code 440300}) or a county ({@code 440305}).
 * Codes abolished before 2023 are not accepted; older documents (identity cards, credit codes)
 * keep theirs as plain strings.
 */
public record RegionCode(String value) {

    /** Refuses codes that are not in the catalogue; user input goes through {@link #parse}. */
    public RegionCode {
        if (value == null || Regions.standard().find(value).isEmpty()) {
            throw new IllegalArgumentException("Not a known region code: " + value);
        }
    }

    /**
     * Reads a code typed or imported by a user: surrounding spaces and full-width digits are fine.
     *
     * @throws InvalidField for {@code field} with {@code regionCode.format} when it is not 6 digits,
     *                      {@code regionCode.unknown} when no such division exists
     */
    public static RegionCode parse(String field, String input) {
        String code = input == null ? "" : Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
        if (code.isEmpty()) {
            throw new InvalidField(field, "NotBlank");
        }
        if (!code.matches("\\d{6}")) {
            throw new InvalidField(field, "regionCode.format");
        }
        if (Regions.standard().find(code).isEmpty()) {
            throw new InvalidField(field, "regionCode.unknown", code);
        }
        return new RegionCode(code);
    }

    public static boolean isValid(String input) {
        try {
            parse("value", input);
            return true;
        } catch (InvalidField e) {
            return false;
        }
    }

    public Region region() {
        return Regions.standard().find(value).orElseThrow();
    }

    /** For example {@code 广东省深圳市南山区}. */
    public String fullName() {
        return Regions.standard().fullName(value).orElseThrow();
    }

    @Override
    public String toString() {
        return value;
    }
}
