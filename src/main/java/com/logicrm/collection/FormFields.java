package com.logicrm.collection;

import com.logicrm.shared.InvalidField;
import java.time.LocalDate;

/** The checks every entry form of COL-2 makes of what was typed, naming the field that is wrong. */
final class FormFields {

    /** A catalogue entry's notes hold at most this many characters. */
    private static final int NOTES = 2000;

    private FormFields() {
    }

    /** The text without surrounding blanks, null if there is none; refused if longer than {@code max}. */
    static String text(String value, String field, int max) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > max) {
            throw new InvalidField(field, "archive.textTooLong", max);
        }
        return text;
    }

    /** A date on a form that reports what happened cannot be later than today. */
    static void notAfter(LocalDate date, LocalDate today, String field) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidField(field, "archive.dateInFuture");
        }
    }

    /** A form's summary cut to what a catalogue entry's notes hold. */
    static String notes(CharSequence text) {
        return text.length() <= NOTES ? text.toString() : text.subSequence(0, NOTES).toString();
    }
}
