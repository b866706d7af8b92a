package com.logicrm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item being catalogued by hand in a customer's archive (a document catalogues itself when it is
 * filed). The last four are the 退赔折价 facts: required in the {@link ArchiveSection#RETURNS} section
 * and refused in the others.
 */
public record NewArchiveEntry(ArchiveSection section, LocalDate entryDate, String title, String notes,
        ReturnKind returnKind, BigDecimal amount, Responsibility responsibility, String finding) {

    public static NewArchiveEntry of(ArchiveSection section, LocalDate entryDate, String title, String notes) {
        return new NewArchiveEntry(section, entryDate, title, notes, null, null, null, null);
    }

    boolean hasReturnFacts() {
        return returnKind != null || amount != null || responsibility != null || finding != null;
    }
}
