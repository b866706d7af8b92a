package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's receivables at a reference date (TXN-3): what was invoiced and paid up to that date,
 * the balance (negative when the customer has paid more than it was invoiced: a credit), the open
 * amount by days past due, and the latest invoices with what is still open on each.
 */
public record Receivables(long customerId, LocalDate at, BigDecimal invoiced, BigDecimal paid, BigDecimal balance,
        BigDecimal open, BigDecimal credit, Buckets ageing, List<InvoiceLine> latestInvoices) {

    public Receivables {
        latestInvoices = List.copyOf(latestInvoices);
    }

    /** Open amounts not yet due, and 0–30, 31–60, 61–90 and over 90 days past due. */
    public record Buckets(BigDecimal notDue, BigDecimal days0To30, BigDecimal days31To60, BigDecimal days61To90,
            BigDecimal over90) {
    }

    /** One invoice with what is open on it at the reference date and how many days it is past due. */
    public record InvoiceLine(String number, LocalDate issuedOn, LocalDate dueOn, BigDecimal amount, BigDecimal open,
            long daysPastDue) {
    }
}
