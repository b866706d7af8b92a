package com.logicrm.shared.region;

import com.logicrm.shared.InvalidField;

/** A 6-digit GB/T 2260 code that names an existing division. */
public record RegionCode(String value) {

    public static RegionCode parse(String field, String text) {
        String code = text == null ? "" : text.trim();
        if (Regions.standard().find(code).isEmpty()) {
            throw new InvalidField(field, "regionCode.invalid", code);
        }
        return new RegionCode(code);
    }

    public static boolean isValid(String text) {
        return text != null && Regions.standard().find(text.trim()).isPresent();
    }
}
