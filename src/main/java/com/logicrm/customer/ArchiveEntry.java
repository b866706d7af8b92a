package com.logicrm.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One catalogued item of a customer's archive. {@code catalogueNo} ({@code 4-2026-003}: section, year,
 * sequence) locates it together with the customer's archive number; {@code frozen} is true once its
 * year has been closed into an annual volume; {@code movedFrom} is the archive and catalogue number it had
 * before its customer was merged into this one.
 */
public record ArchiveEntry(long id, long customerId, ArchiveSection section, String catalogueNo, int year,
        LocalDate entryDate, String title, String notes, Long documentId, String documentTitle,
        ReturnKind returnKind, BigDecimal amount, Responsibility responsibility, String finding, String movedFrom,
        String createdBy, Instant createdAt, boolean frozen) {
}
