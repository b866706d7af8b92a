package com.logicrm.customer;

import com.logicrm.shared.InvalidField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a keyset page ends: the last row's sort key and id. To clients it is an opaque string, which
 * they send back as {@code cursor}. For the sorts by id it is just the id, so the cursors handed out
 * before there were other sorts still work; a keyed sort's cursor names its sort, so a cursor of one
 * order is never read as a position in another.
 */
record CustomerCursor(CustomerSort sort, String key, long id) {

    /** Names are at most 200 characters; anything much longer was not made here. */
    private static final int MAX_LENGTH = 1000;

    String encoded() {
        if (!sort.keyed()) {
            return Long.toString(id);
        }
        String plain = sort.parameter() + "\n" + id + "\n" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static CustomerCursor parse(CustomerSort sort, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String given = text.trim();
        try {
            if (!sort.keyed()) {
                return new CustomerCursor(sort, null, Long.parseLong(given));
            }
            if (given.length() > MAX_LENGTH) {
                throw invalid();
            }
            String plain = new String(Base64.getUrlDecoder().decode(given), StandardCharsets.UTF_8);
            String[] parts = plain.split("\n", 3);
            if (parts.length != 3 || !parts[0].equals(sort.parameter())) {
                throw invalid();
            }
            if (sort == CustomerSort.COMPLETENESS) {
                Integer.parseInt(parts[2]);
            }
            return new CustomerCursor(sort, parts[2], Long.parseLong(parts[1]));
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    /** The cursor's key as the statement compares it with the sort column. */
    Object keyParameter() {
        return sort == CustomerSort.COMPLETENESS ? Integer.valueOf(key) : key;
    }

    private static InvalidField invalid() {
        return new InvalidField("cursor", "customer.cursor.invalid");
    }
}
