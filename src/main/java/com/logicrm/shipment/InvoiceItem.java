package com.logicrm.shipment;

import java.math.BigDecimal;

/**
 * One invoice as the billing system sends it (TXN-3): its number, the customer named by exactly one of
 * id, archive number or credit code, issue and due dates (ISO), the amount and the currency (CNY, the
 * default). The number identifies the invoice within its customer: sent again, it is left as it is.
 */
public record InvoiceItem(
        String source,
        String number,
        Long customerId,
        String customerArchiveNo,
        String customerCreditCode,
        String issuedOn,
        String dueOn,
        BigDecimal amount,
        String currency) {
}
