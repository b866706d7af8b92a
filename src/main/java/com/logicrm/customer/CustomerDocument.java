package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import java.time.Instant;
import java.time.LocalDate;

/** One document of a customer's archive as callers see it; where it lies on disk stays inside the module. */
public record CustomerDocument(long id, long customerId, DocumentType type, String title, LocalDate documentDate,
        Confidentiality confidentiality, String originalName, String contentType, long size, String sha256,
        String uploadedBy, Instant uploadedAt, String notes) {

    /** PDFs and pictures can be looked at in the browser; everything else is only downloaded. */
    public boolean previewable() {
        return contentType.equals("application/pdf") || contentType.startsWith("image/");
    }
}
