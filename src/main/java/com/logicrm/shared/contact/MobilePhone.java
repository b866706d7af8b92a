package com.logicrm.shared.contact;

import com.logicrm.shared.InvalidField;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number, held as its 11 digits ({@code 13812345678}).
 *
 * <p>Personal data: {@link #toString()} gives the {@link #masked()} form so full numbers do not
 * end up in logs by accident.
 */
public record MobilePhone(String value) {

    private static final Pattern NUMBER = Pattern.compile("1[3-9]\\d{9}");
    /** Spaces, hyphens and the brackets of "(+86)" carry no information. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");

    /** Refuses anything but 11 digits starting with 13–19; user input goes through {@link #parse}. */
    public MobilePhone {
        if (value == null || !NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an 11-digit mobile number");
        }
    }

    /**
     * Reads a number as people write it: {@code 138 1234 5678}, {@code 138-1234-5678},
     * {@code +86 138 1234 5678}, {@code 008613812345678}, {@code 8613812345678}, full-width digits.
     *
     * @throws InvalidField for {@code field}: {@code NotBlank} or {@code mobilePhone.invalid}
     */
    public static MobilePhone parse(String field, String input) {
        String number = input == null ? ""
                : SEPARATORS.matcher(Normalizer.normalize(input, Normalizer.Form.NFKC)).replaceAll("");
        if (number.isEmpty()) {
            throw new InvalidField(field, "NotBlank");
        }
        if (number.startsWith("+86")) {
            number = number.substring(3);
        } else if (number.startsWith("0086")) {
            number = number.substring(4);
        } else if (number.startsWith("86") && number.length() == 13) {
            // without + or 00 only when 11 digits follow: no mobile number itself starts with 86
            number = number.substring(2);
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidField(field, "mobilePhone.invalid");
        }
        return new MobilePhone(number);
    }

    public static boolean isValid(String input) {
        try {
            parse("value", input);
            return true;
        } catch (InvalidField e) {
            return false;
        }
    }

    /** The first 3 and last 4 digits: {@code 138****5678}. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
