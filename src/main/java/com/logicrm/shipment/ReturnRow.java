package com.logicrm.shipment;

import com.logicrm.customer.Responsibility;
import com.logicrm.customer.ReturnKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A checked return, compensation or discount, its customer still named as it came. */
record ReturnRow(int index, ShipmentRow.CustomerRef customer, String source, String externalId, LocalDate occurredOn,
        ReturnKind kind, BigDecimal amount, String reason, Responsibility responsibility, String finding,
        String shipmentExternalId) {
}
