package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import java.time.LocalDate;

/** The catalogue facts of a document being filed; the file itself travels beside it. */
public record NewDocument(DocumentType type, String title, LocalDate documentDate, Confidentiality confidentiality,
        String notes) {
}
