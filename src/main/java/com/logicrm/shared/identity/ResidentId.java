package com.logicrm.shared.identity;

import com.logicrm.shared.InvalidField;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * An 18-character resident identity number (居民身份证号码, GB 11643-1999), e.g.
 * {@code 11010519491231002X}: 6-digit region code, 8-digit birth date, 3-digit sequence (odd for
 * men), check character 0–9 or X.
 *
 * <p>This is personal data: {@link #toString()} gives the {@link #masked()} form so the full number
 * does not end up in logs by accident; {@link #value()} gives the full number.
 */
public record ResidentId(String value) {

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    /** STRICT with "uuuu": 20230230 and 19000229 are refused instead of being moved to a nearby day. */
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * Refuses anything but a valid number in normal form (upper-case X). Whether the birth date lies
     * in the future depends on the day, so only {@link #parse} checks that.
     */
    public ResidentId {
        try {
            check("value", value, LocalDate.MAX);
        } catch (InvalidField e) {
            throw new IllegalArgumentException("Not a normalised resident identity number: " + e.messageCode());
        }
        if (!value.equals(normalise(value))) {
            throw new IllegalArgumentException("Not a normalised resident identity number");
        }
    }

    /** Reads a number as people type it (lower-case x, spaces, full-width digits), with today's date. */
    public static ResidentId parse(String field, String input) {
        return parse(field, input, Clock.systemDefaultZone());
    }

    /**
     * Reads a number as people type it; {@code clock} decides what "in the future" means.
     *
     * @throws InvalidField for {@code field}: {@code NotBlank}, {@code residentId.length} (argument:
     *                      the length found), {@code residentId.characters}, {@code residentId.birthDate}
     *                      (no such date), {@code residentId.birthDateRange} (before 1900 or after today)
     *                      or {@code residentId.checksum}
     */
    public static ResidentId parse(String field, String input, Clock clock) {
        String number = normalise(input);
        check(field, number, LocalDate.now(clock));
        return new ResidentId(number);
    }

    public static boolean isValid(String input) {
        try {
            parse("value", input);
            return true;
        } catch (InvalidField e) {
            return false;
        }
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
    }

    /**
     * The first 6 digits: the division where the number was issued, as it was then. It may have been
     * abolished since, so it is a plain string rather than a {@link com.logicrm.shared.region.RegionCode}.
     */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** The 17th digit is odd for men and even for women. */
    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** The first 6 and the last 4 characters, the rest as {@code *}: {@code 110105********002X}. */
    public String masked() {
        return value.substring(0, 6) + "*".repeat(LENGTH - 10) + value.substring(LENGTH - 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    /** (12 − (Σ digit × weight mod 11)) mod 11, with 10 written as X. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static void check(String field, String number, LocalDate today) {
        if (number == null || number.isEmpty()) {
            throw new InvalidField(field, "NotBlank");
        }
        if (number.length() != LENGTH) {
            throw new InvalidField(field, "residentId.length", number.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = number.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || (i == LENGTH - 1 && c == 'X');
            if (!allowed) {
                throw new InvalidField(field, "residentId.characters");
            }
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeException e) {
            throw new InvalidField(field, "residentId.birthDate");
        }
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today)) {
            throw new InvalidField(field, "residentId.birthDateRange");
        }
        if (checkCharacter(number) != number.charAt(LENGTH - 1)) {
            throw new InvalidField(field, "residentId.checksum");
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
