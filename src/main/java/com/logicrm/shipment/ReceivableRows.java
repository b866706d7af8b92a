package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Checked invoices and payments, their customers still named as they came; {@link ReceivableCheck} makes them. */
final class ReceivableRows {

    private ReceivableRows() {
    }

    record Invoice(int index, ShipmentRow.CustomerRef customer, String source, String number, LocalDate issuedOn,
            LocalDate dueOn, BigDecimal amount) {
    }

    record Payment(int index, ShipmentRow.CustomerRef customer, String source, String externalId, LocalDate paidOn,
            BigDecimal amount, String invoiceNumber) {
    }
}
