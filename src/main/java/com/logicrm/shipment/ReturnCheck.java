package com.logicrm.shipment;

import com.logicrm.customer.Responsibility;
import com.logicrm.customer.ReturnKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks one return, compensation or discount on its own: id, the one customer reference, a date not
 * in the future (it is catalogued in the archive, which files nothing ahead), kind and responsibility
 * from their lists, a positive amount, a reason. Whether the customer exists is the batch's question.
 */
final class ReturnCheck extends FieldChecks {

    static final int MAX_TEXT = 2000;

    ReturnCheck(LocalDate earliest, LocalDate today) {
        super(earliest, today);
    }

    Optional<ReturnRow> check(int index, String batchSource, ReturnItem item) {
        int before = start(index);
        String source = text("source", item.source() == null ? batchSource : item.source(), MAX_SOURCE);
        String externalId = text("externalId", item.externalId(), MAX_EXTERNAL_ID);
        ShipmentRow.CustomerRef customer = customer(item.customerId(), item.customerArchiveNo(),
                item.customerCreditCode());
        LocalDate occurredOn = date("occurredOn", item.occurredOn());
        ReturnKind kind = choice("kind", item.kind(), ReturnKind.class);
        BigDecimal amount = money("amount", item.amount());
        String reason = text("reason", item.reason(), MAX_TEXT);
        Responsibility responsibility = choice("responsibility", item.responsibility(), Responsibility.class);
        String finding = optional("finding", item.finding(), MAX_TEXT);
        String shipment = optional("shipmentExternalId", item.shipmentExternalId(), MAX_EXTERNAL_ID);
        if (foundSince(before)) {
            return Optional.empty();
        }
        return Optional.of(new ReturnRow(index, customer, source, externalId, occurredOn, kind, amount, reason,
                responsibility, finding, shipment));
    }
}
