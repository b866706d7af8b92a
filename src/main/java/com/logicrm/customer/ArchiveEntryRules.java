package com.logicrm.customer;

import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a catalogue entry must be before it goes into the archive, and which years may be closed.
 * The 退赔折价 section is a financial record: amount, kind and responsibility finding are required
 * there, and make no sense anywhere else.
 */
final class ArchiveEntryRules {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 2000;
    /** numeric(14, 2): twelve digits before the point. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final int FIRST_YEAR = 1950;

    private ArchiveEntryRules() {
    }

    static NewArchiveEntry checked(NewArchiveEntry given, LocalDate today) {
        if (given.section() == null) {
            throw new InvalidField("section", "archive.sectionRequired");
        }
        if (given.entryDate() == null) {
            throw new InvalidField("entryDate", "archive.dateRequired");
        }
        if (given.entryDate().isAfter(today)) {
            throw new InvalidField("entryDate", "archive.dateInFuture");
        }
        if (given.entryDate().getYear() < FIRST_YEAR) {
            throw new InvalidField("entryDate", "archive.dateTooOld", FIRST_YEAR);
        }
        String title = text(given.title());
        if (title == null || title.length() > MAX_TITLE) {
            throw new InvalidField("title", "archive.titleInvalid", MAX_TITLE);
        }
        String notes = limited("notes", given.notes());
        if (given.section() != ArchiveSection.RETURNS) {
            if (given.hasReturnFacts()) {
                throw new InvalidField("section", "archive.returnFactsOutsideSection");
            }
            return new NewArchiveEntry(given.section(), given.entryDate(), title, notes, null, null, null, null);
        }
        if (given.returnKind() == null) {
            throw new InvalidField("returnKind", "archive.returnKindRequired");
        }
        BigDecimal amount = given.amount();
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidField("amount", "archive.amountInvalid");
        }
        if (given.responsibility() == null) {
            throw new InvalidField("responsibility", "archive.responsibilityRequired");
        }
        return new NewArchiveEntry(ArchiveSection.RETURNS, given.entryDate(), title, notes, given.returnKind(),
                amount.setScale(2), given.responsibility(), limited("finding", given.finding()));
    }

    /** Only a year that is over can be closed: the current year is still being filed into. */
    static void closable(int year, LocalDate today) {
        if (year >= today.getYear() || year < FIRST_YEAR) {
            throw new InvalidField("year", "archive.yearNotOver", year);
        }
    }

    private static String limited(String field, String value) {
        String text = text(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidField(field, "archive.textTooLong", MAX_TEXT);
        }
        return text;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
