package com.logicrm.collection;

import com.logicrm.customer.DocumentType;
import java.time.LocalDate;

/** What an account manager says about material submitted for filing; the file travels beside it. */
public record NewSubmission(long customerId, DocumentType type, String title, LocalDate documentDate, String note) {
}
