package com.logicrm.shipment;

import java.math.BigDecimal;

/**
 * One shipment or order as a source system sends it (TXN-1). Dates and codes arrive as text and are
 * checked item by item, so one bad item is reported without refusing the batch. The customer is named
 * by exactly one of id, archive number (档案编号) or unified social credit code. Times are ISO-8601,
 * with an offset or in the server's time zone.
 */
public record ShipmentItem(
        String source,
        String externalId,
        Long customerId,
        String customerArchiveNo,
        String customerCreditCode,
        String orderedOn,
        String serviceType,
        String originRegion,
        String destinationRegion,
        Integer pieces,
        BigDecimal weightKg,
        BigDecimal volumeM3,
        BigDecimal revenue,
        BigDecimal cost,
        String pickedUpAt,
        String promisedAt,
        String deliveredAt,
        Integer damagedPieces,
        Integer lostPieces,
        Boolean wrongDispatch,
        Boolean trafficAccident,
        Integer storageDamagedPieces,
        Boolean packagingDefect,
        Boolean directDelivery,
        Boolean feedbackTimely) {
}
