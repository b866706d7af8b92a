package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How payments settle invoices and how what stays open is aged (TXN-3, CRD-4). Only invoices issued
 * and payments received on or before the reference date count. A payment that names an invoice
 * settles that invoice first; what it pays beyond the invoice's open amount, and every payment that
 * names none, settles the open invoices oldest due date first (then issue date, then number). What
 * is left when every invoice is settled is the customer's credit (预收): the balance goes negative,
 * the ageing stays at zero. Days past due are counted from the due date: due on the reference date is
 * 0 days past due; due after it is not yet due.
 */
final class Ageing {

    private Ageing() {
    }

    record Invoice(String number, LocalDate issuedOn, LocalDate dueOn, BigDecimal amount) {
    }

    record Payment(LocalDate paidOn, BigDecimal amount, String invoiceNumber) {
    }

    static Receivables at(long customerId, LocalDate at, List<Invoice> allInvoices, List<Payment> allPayments,
            int latest) {
        List<Invoice> invoices = allInvoices.stream().filter(invoice -> !invoice.issuedOn().isAfter(at))
                .sorted(Comparator.comparing(Invoice::dueOn).thenComparing(Invoice::issuedOn)
                        .thenComparing(Invoice::number))
                .toList();
        List<Payment> payments = allPayments.stream().filter(payment -> !payment.paidOn().isAfter(at)).toList();
        Map<String, BigDecimal> open = new LinkedHashMap<>();
        invoices.forEach(invoice -> open.put(invoice.number(), invoice.amount()));
        BigDecimal pool = BigDecimal.ZERO;
        for (Payment payment : payments) {
            BigDecimal left = payment.amount();
            BigDecimal owed = payment.invoiceNumber() == null ? null : open.get(payment.invoiceNumber());
            if (owed != null) {
                BigDecimal settled = owed.min(left);
                open.put(payment.invoiceNumber(), owed.subtract(settled));
                left = left.subtract(settled);
            }
            pool = pool.add(left);
        }
        for (Invoice invoice : invoices) {
            BigDecimal owed = open.get(invoice.number());
            BigDecimal settled = owed.min(pool);
            open.put(invoice.number(), owed.subtract(settled));
            pool = pool.subtract(settled);
        }
        BigDecimal[] buckets = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Invoice invoice : invoices) {
            int bucket = bucket(ChronoUnit.DAYS.between(invoice.dueOn(), at));
            buckets[bucket] = buckets[bucket].add(open.get(invoice.number()));
        }
        BigDecimal invoiced = sum(invoices.stream().map(Invoice::amount).toList());
        BigDecimal paid = sum(payments.stream().map(Payment::amount).toList());
        BigDecimal openTotal = sum(List.of(buckets));
        List<Receivables.InvoiceLine> lines = new ArrayList<>();
        invoices.stream()
                .sorted(Comparator.comparing(Invoice::issuedOn).thenComparing(Invoice::number).reversed())
                .limit(latest)
                .forEach(invoice -> lines.add(new Receivables.InvoiceLine(invoice.number(), invoice.issuedOn(),
                        invoice.dueOn(), invoice.amount(), open.get(invoice.number()),
                        Math.max(0, ChronoUnit.DAYS.between(invoice.dueOn(), at)))));
        return new Receivables(customerId, at, invoiced, paid, invoiced.subtract(paid), openTotal, pool,
                new Receivables.Buckets(buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]), lines);
    }

    /** 0 not yet due, 1 for 0–30 days past due, 2 for 31–60, 3 for 61–90, 4 beyond. */
    static int bucket(long daysPastDue) {
        if (daysPastDue < 0) {
            return 0;
        }
        if (daysPastDue <= 30) {
            return 1;
        }
        if (daysPastDue <= 60) {
            return 2;
        }
        return daysPastDue <= 90 ? 3 : 4;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
