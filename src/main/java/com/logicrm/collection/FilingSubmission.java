package com.logicrm.collection;

import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.DocumentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Material waiting in, or gone through, the filing queue (COL-5). {@code ageDays} is how long it
 * has waited (or waited until it was decided).
 */
public record FilingSubmission(long id, long customerId, String customerName, String archiveNo, String submittedBy,
        Instant submittedAt, DocumentType type, String title, LocalDate documentDate, String note,
        String originalName, long size, FilingStatus status, String decidedBy, Instant decidedAt,
        String decisionNote, ArchiveSection section, Long documentId) {

    public long ageDays(Instant now) {
        return Duration.between(submittedAt, decidedAt == null ? now : decidedAt).toDays();
    }
}
