package com.logicrm.shared;

import java.util.Locale;

/** A pragmatic e-mail check: one @, a dotted domain, no spaces, at most 254 characters; the domain in lower case. */
public record EmailAddress(String value) {

    public static EmailAddress parse(String field, String text) {
        String address = text == null ? "" : text.trim();
        if (!isValid(address)) {
            throw new InvalidField(field, "email.invalid", address);
        }
        int at = address.indexOf('@');
        return new EmailAddress(address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return text != null && text.trim().length() <= 254
                && text.trim().matches("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    }

    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }
}
