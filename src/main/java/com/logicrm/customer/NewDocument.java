package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import java.time.LocalDate;

/**
 * The catalogue facts of a document being filed; the file itself travels beside it. {@code section}
 * is the archive section it is catalogued in (ARC-9); without one, {@link ArchiveSection#forDocument}.
 */
public record NewDocument(DocumentType type, String title, LocalDate documentDate, Confidentiality confidentiality,
        String notes, ArchiveSection section) {

    public NewDocument(DocumentType type, String title, LocalDate documentDate, Confidentiality confidentiality,
            String notes) {
        this(type, title, documentDate, confidentiality, notes, null);
    }

    /** The section it goes into: the one chosen, else the usual one for its type. */
    ArchiveSection archiveSection() {
        return section != null ? section : ArchiveSection.forDocument(type);
    }
}
