package com.logicrm.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An 18-character resident identity number (GB 11643-1999): region, birth date, sequence and a
 * check character; the birth date must be a real day between 1900 and today.
 */
public record ResidentId(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    public static ResidentId parse(String field, String text) {
        String id = text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!valid(id)) {
            throw new InvalidField(field, "residentId.invalid");
        }
        return new ResidentId(id);
    }

    public static boolean isValid(String text) {
        return text != null && valid(text.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    /** The check character that completes 17 digits into a valid number. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static boolean valid(String id) {
        if (!id.matches("\\d{17}[\\dX]") || checkCharacter(id.substring(0, 17)) != id.charAt(17)) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now());
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
