package com.logicrm.shipment;

import com.logicrm.shared.InvalidField;
import com.logicrm.shared.region.RegionCode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Checks one item on its own (TXN-1): required fields, codes, dates in the accepted window, no
 * negative amounts or counts, no more pieces damaged or lost than carried, no delivery before the
 * pick-up. Whether the customer exists and whether the external id repeats are the batch's questions.
 */
final class ItemCheck extends FieldChecks {

    private static final BigDecimal MAX_MEASURE = new BigDecimal("1000000000");

    ItemCheck(LocalDate earliest, LocalDate latest) {
        super(earliest, latest);
    }

    /** The checked row, or empty when the item has problems (added to {@link #problems()}). */
    Optional<ShipmentRow> check(int index, String batchSource, ShipmentItem item) {
        int before = start(index);
        String source = text("source", item.source() == null ? batchSource : item.source(), MAX_SOURCE);
        String externalId = text("externalId", item.externalId(), MAX_EXTERNAL_ID);
        ShipmentRow.CustomerRef customer = customer(item.customerId(), item.customerArchiveNo(),
                item.customerCreditCode());
        LocalDate orderedOn = date("orderedOn", item.orderedOn());
        ServiceType serviceType = choice("serviceType", item.serviceType(), ServiceType.class);
        String origin = region("originRegion", item.originRegion());
        String destination = region("destinationRegion", item.destinationRegion());
        int pieces = count("pieces", item.pieces());
        BigDecimal weight = amount("weightKg", item.weightKg(), 3, MAX_MEASURE);
        BigDecimal volume = amount("volumeM3", item.volumeM3(), 3, MAX_MEASURE);
        BigDecimal revenue = amount("revenue", item.revenue(), 2, MAX_MONEY);
        BigDecimal cost = amount("cost", item.cost(), 2, MAX_MONEY);
        OffsetDateTime pickedUp = time("pickedUpAt", item.pickedUpAt());
        OffsetDateTime promised = time("promisedAt", item.promisedAt());
        OffsetDateTime delivered = time("deliveredAt", item.deliveredAt());
        if (pickedUp != null && delivered != null && delivered.isBefore(pickedUp)) {
            problem("deliveredAt", "deliveredBeforePickup");
        }
        int damaged = count("damagedPieces", item.damagedPieces());
        int lost = count("lostPieces", item.lostPieces());
        int storageDamaged = count("storageDamagedPieces", item.storageDamagedPieces());
        atMostPieces("damagedPieces", damaged, pieces);
        atMostPieces("lostPieces", lost, pieces);
        atMostPieces("storageDamagedPieces", storageDamaged, pieces);
        if (foundSince(before)) {
            return Optional.empty();
        }
        return Optional.of(new ShipmentRow(index, source, externalId, customer, orderedOn, serviceType, origin,
                destination, pieces, weight, volume, revenue, cost, pickedUp, promised, delivered, damaged, lost,
                yes(item.wrongDispatch()), yes(item.trafficAccident()), storageDamaged, yes(item.packagingDefect()),
                yes(item.directDelivery()), item.feedbackTimely()));
    }

    private String region(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RegionCode.parse(field, value).value();
        } catch (InvalidField unknown) {
            problem(field, "invalid");
            return null;
        }
    }

    private int count(String field, Integer value) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            problem(field, "negative");
        }
        return value;
    }

    private OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeException noOffset) {
            try {
                return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toOffsetDateTime();
            } catch (DateTimeException unreadable) {
                problem(field, "invalid");
                return null;
            }
        }
    }

    private void atMostPieces(String field, int count, int pieces) {
        if (pieces >= 0 && count > pieces) {
            problem(field, "exceedsPieces");
        }
    }

    private static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
