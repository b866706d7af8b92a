package com.logicrm.shared.contact;

import com.logicrm.shared.InvalidField;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, checked pragmatically rather than by the full RFC 5322 grammar: one {@code @},
 * a dot in the domain, no spaces, at most 254 characters. The domain is held in lower case (it is
 * case-insensitive); the local part is kept as written, since in principle it is not.
 *
 * <p>Personal data: {@link #toString()} gives the {@link #masked()} form.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    /** Characters that come from pasting "张三 <zhang@example.com>; …" rather than from an address. */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\s()<>\\[\\]\\\\,;:\"]");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[^.\\-]([^.]*[^.\\-])?");

    /** Refuses anything but a valid address with a lower-case domain; user input goes through {@link #parse}. */
    public EmailAddress {
        if (value == null || problem(value) != null || !value.equals(normalise(value))) {
            throw new IllegalArgumentException("Not a normalised e-mail address");
        }
    }

    /**
     * Reads an address as people type it: surrounding spaces, full-width characters and an upper-case
     * domain are fine.
     *
     * @throws InvalidField for {@code field}: {@code NotBlank}, {@code emailAddress.length} (more than
     *                      254 characters) or {@code emailAddress.invalid}
     */
    public static EmailAddress parse(String field, String input) {
        String address = input == null ? "" : Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
        if (address.isEmpty()) {
            throw new InvalidField(field, "NotBlank");
        }
        String problem = problem(address);
        if (problem != null) {
            throw new InvalidField(field, problem);
        }
        return new EmailAddress(normalise(address));
    }

    public static boolean isValid(String input) {
        try {
            parse("value", input);
            return true;
        } catch (InvalidField e) {
            return false;
        }
    }

    /** The part before the {@code @}. */
    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    /** The part after the {@code @}, in lower case: {@code example.com}. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    /** The first character, then {@code ***}: {@code z***@example.com}. */
    public String masked() {
        return value.charAt(0) + "***@" + domain();
    }

    @Override
    public String toString() {
        return masked();
    }

    /** The message code of what is wrong, or null. */
    private static String problem(String address) {
        if (address.length() > MAX_LENGTH) {
            return "emailAddress.length";
        }
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || FORBIDDEN.matcher(address).find()) {
            return "emailAddress.invalid";
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        boolean localFine = local.length() <= MAX_LOCAL_LENGTH
                && !local.startsWith(".") && !local.endsWith(".") && !local.contains("..");
        if (!localFine || !domainFine(domain)) {
            return "emailAddress.invalid";
        }
        return null;
    }

    /** At least two labels, none empty, none starting or ending with a hyphen, the last one 2+ long. */
    private static boolean domainFine(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || labels[labels.length - 1].length() < 2) {
            return false;
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String address) {
        int at = address.indexOf('@');
        return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
