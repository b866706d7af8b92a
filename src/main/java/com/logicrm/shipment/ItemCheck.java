package com.logicrm.shipment;

import com.logicrm.shared.InvalidField;
import com.logicrm.shared.identity.CreditCode;
import com.logicrm.shared.region.RegionCode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one item on its own (TXN-1): required fields, codes, dates in the accepted window, no
 * negative amounts or counts, no more pieces damaged or lost than carried, no delivery before the
 * pick-up. Whether the customer exists and whether the external id repeats are the batch's questions.
 */
final class ItemCheck {

    static final int MAX_SOURCE = 40;
    static final int MAX_EXTERNAL_ID = 64;
    /** Far above any real order, and low enough that a customer's monthly sums cannot overflow. */
    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");
    private static final BigDecimal MAX_MEASURE = new BigDecimal("1000000000");

    private final LocalDate earliest;
    private final LocalDate latest;
    private final List<ItemProblem> problems = new ArrayList<>();
    private int index;

    ItemCheck(LocalDate earliest, LocalDate latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    List<ItemProblem> problems() {
        return problems;
    }

    /** The checked row, or empty when the item has problems (added to {@link #problems()}). */
    Optional<ShipmentRow> check(int index, String batchSource, ShipmentItem item) {
        this.index = index;
        int before = problems.size();
        String source = text("source", item.source() == null ? batchSource : item.source(), MAX_SOURCE);
        String externalId = text("externalId", item.externalId(), MAX_EXTERNAL_ID);
        ShipmentRow.CustomerRef customer = customer(item);
        LocalDate orderedOn = orderedOn(item.orderedOn());
        ServiceType serviceType = serviceType(item.serviceType());
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
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ShipmentRow(index, source, externalId, customer, orderedOn, serviceType, origin,
                destination, pieces, weight, volume, revenue, cost, pickedUp, promised, delivered, damaged, lost,
                yes(item.wrongDispatch()), yes(item.trafficAccident()), storageDamaged, yes(item.packagingDefect()),
                yes(item.directDelivery()), item.feedbackTimely()));
    }

    void problem(String field, String code) {
        problems.add(new ItemProblem(index, field, code));
    }

    private String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problem(field, "required");
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problem(field, "tooLong");
        }
        return text;
    }

    private ShipmentRow.CustomerRef customer(ShipmentItem item) {
        List<ShipmentRow.CustomerRef> given = new ArrayList<>();
        if (item.customerId() != null) {
            given.add(new ShipmentRow.CustomerRef("customerId", item.customerId().toString()));
        }
        if (item.customerArchiveNo() != null && !item.customerArchiveNo().isBlank()) {
            given.add(new ShipmentRow.CustomerRef("customerArchiveNo", item.customerArchiveNo().strip()));
        }
        if (item.customerCreditCode() != null && !item.customerCreditCode().isBlank()) {
            try {
                given.add(new ShipmentRow.CustomerRef("customerCreditCode",
                        CreditCode.parse("customerCreditCode", item.customerCreditCode()).value()));
            } catch (InvalidField invalid) {
                problem("customerCreditCode", "invalid");
                return null;
            }
        }
        if (given.size() != 1) {
            problem("customer", given.isEmpty() ? "customerMissing" : "customerAmbiguous");
            return null;
        }
        return given.get(0);
    }

    private LocalDate orderedOn(String value) {
        if (value == null || value.isBlank()) {
            problem("orderedOn", "required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                problem("orderedOn", "outOfRange");
            }
            return date;
        } catch (DateTimeException unreadable) {
            problem("orderedOn", "invalid");
            return null;
        }
    }

    private ServiceType serviceType(String value) {
        if (value == null || value.isBlank()) {
            problem("serviceType", "required");
            return null;
        }
        try {
            return ServiceType.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            problem("serviceType", "invalid");
            return null;
        }
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

    private BigDecimal amount(String field, BigDecimal value, int scale, BigDecimal max) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0) {
            problem(field, "negative");
        } else if (value.stripTrailingZeros().scale() > scale || value.compareTo(max) >= 0) {
            problem(field, "invalid");
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
