package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A checked item, its customer still named as it came; {@link ItemCheck} makes them. */
record ShipmentRow(int index, String source, String externalId, CustomerRef customer, LocalDate orderedOn,
        ServiceType serviceType, String originRegion, String destinationRegion, int pieces, BigDecimal weightKg,
        BigDecimal volumeM3, BigDecimal revenue, BigDecimal cost, OffsetDateTime pickedUpAt,
        OffsetDateTime promisedAt, OffsetDateTime deliveredAt, int damagedPieces, int lostPieces,
        boolean wrongDispatch, boolean trafficAccident, int storageDamagedPieces, boolean packagingDefect,
        boolean directDelivery, Boolean feedbackTimely) {

    /** The one reference an item gave: {@code field} is its JSON name, {@code value} the id or code. */
    record CustomerRef(String field, String value) {
    }
}
