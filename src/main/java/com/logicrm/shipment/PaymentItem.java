package com.logicrm.shipment;

import java.math.BigDecimal;

/**
 * One payment received (TXN-3): the source system's id for it, the customer, the date, the amount
 * and, optionally, the number of the customer's invoice it settles. Identified by source and
 * external id within the customer.
 */
public record PaymentItem(
        String source,
        String externalId,
        Long customerId,
        String customerArchiveNo,
        String customerCreditCode,
        String paidOn,
        BigDecimal amount,
        String invoiceNumber) {
}
