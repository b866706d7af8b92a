package com.logicrm.shipment;

import java.math.BigDecimal;

/**
 * One return, compensation or discount (退赔折价, TXN-4) as a source system sends it: its id there,
 * the customer (exactly one of id, archive number or credit code), the date (ISO, not in the future),
 * the kind ({@code RETURN}, {@code COMPENSATION}, {@code DISCOUNT}), the amount in CNY, the reason, the
 * responsibility finding ({@code OURS}, {@code CUSTOMER}, {@code THIRD_PARTY}, {@code UNDETERMINED})
 * with optional notes, and optionally the external id of the shipment concerned.
 */
public record ReturnItem(
        String source,
        String externalId,
        Long customerId,
        String customerArchiveNo,
        String customerCreditCode,
        String occurredOn,
        String kind,
        BigDecimal amount,
        String reason,
        String responsibility,
        String finding,
        String shipmentExternalId) {
}
