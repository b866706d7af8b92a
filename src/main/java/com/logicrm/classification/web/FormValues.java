package com.logicrm.classification.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Form fields as the classification pages read them: blank is "not given"; an unreadable number becomes
 * a value the policies refuse (so the person is told which field is wrong), never a 500.
 */
final class FormValues {

    private FormValues() {
    }

    static <E extends Enum<E>> E option(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(option -> option.name().equals(value)).findFirst()
                .orElse(null);
    }

    static BigDecimal decimal(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException unreadable) {
            return BigDecimal.valueOf(-1000);
        }
    }

    /** A date as the date input sends it; an unreadable one counts as not given, which the policies refuse. */
    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    static Integer count(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }
}
