package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks one invoice or payment on its own: number or external id, the one customer reference, dates
 * in the accepted window, a due date not before the issue date, a positive amount in yuan and fen,
 * CNY. Whether the customer and the named invoice exist are the batch's questions.
 */
final class ReceivableCheck extends FieldChecks {

    static final String CURRENCY = "CNY";

    ReceivableCheck(LocalDate earliest, LocalDate latest) {
        super(earliest, latest);
    }

    Optional<ReceivableRows.Invoice> invoice(int index, String batchSource, InvoiceItem item) {
        int before = start(index);
        String source = text("source", item.source() == null ? batchSource : item.source(), MAX_SOURCE);
        String number = text("number", item.number(), MAX_EXTERNAL_ID);
        ShipmentRow.CustomerRef customer = customer(item.customerId(), item.customerArchiveNo(),
                item.customerCreditCode());
        LocalDate issuedOn = date("issuedOn", item.issuedOn());
        LocalDate dueOn = date("dueOn", item.dueOn());
        if (issuedOn != null && dueOn != null && dueOn.isBefore(issuedOn)) {
            problem("dueOn", "dueBeforeIssue");
        }
        BigDecimal amount = money("amount", item.amount());
        if (item.currency() != null && !item.currency().isBlank() && !CURRENCY.equals(item.currency().strip())) {
            problem("currency", "currencyNotCny");
        }
        if (foundSince(before)) {
            return Optional.empty();
        }
        return Optional.of(new ReceivableRows.Invoice(index, customer, source, number, issuedOn, dueOn, amount));
    }

    Optional<ReceivableRows.Payment> payment(int index, String batchSource, PaymentItem item) {
        int before = start(index);
        String source = text("source", item.source() == null ? batchSource : item.source(), MAX_SOURCE);
        String externalId = text("externalId", item.externalId(), MAX_EXTERNAL_ID);
        ShipmentRow.CustomerRef customer = customer(item.customerId(), item.customerArchiveNo(),
                item.customerCreditCode());
        LocalDate paidOn = date("paidOn", item.paidOn());
        BigDecimal amount = money("amount", item.amount());
        String invoice = optional("invoiceNumber", item.invoiceNumber(), MAX_EXTERNAL_ID);
        if (foundSince(before)) {
            return Optional.empty();
        }
        return Optional.of(new ReceivableRows.Payment(index, customer, source, externalId, paidOn, amount, invoice));
    }
}
