package com.logicrm.realdata;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveMatch;
import com.logicrm.shipment.Rate;
import com.logicrm.shipment.ServiceIndicators;
import com.logicrm.shipment.ShipmentManagement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Olist profile (Brazilian E-Commerce Public Dataset by Olist, CC BY-NC-SA 4.0): the marketplace's
 * sellers are the shippers, so each seller becomes a customer and each order's items of one seller one
 * shipment. Olist sellers have no credit code; a seller is filed without one under the name
 * {@code Olist seller <seller_id>}, which carries the external reference (the archive has no field of
 * its own for it, and the import matches by credit code, archive number or name), and gets an archive
 * number from the archive's rule like any new customer. A second run finds the sellers by that name —
 * the import skips them as already in the archive — and the shipments by their external ids, so it
 * files and loads nothing twice.
 *
 * <p>Shipment fields: ordered on the purchase date; picked up when handed to the carrier (the approval
 * time when that is missing); promised by the end of the estimated delivery day — Olist gives a day, not a
 * time, so an order delivered on that day is on time; delivered when the customer received it; revenue
 * the items' price plus freight; pieces the number of items. Olist's times are local to Brazil and read
 * as America/Sao_Paulo. A pick-up after the delivery (a few rows of the source data) is left out rather
 * than have the whole shipment refused: the on-time rate needs only the promise and the delivery.
 */
@Component
class OlistProfile {

    static final String SOURCE = "OLIST";
    static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");
    static final String ORDERS = "olist_orders_dataset.csv";
    static final String ITEMS = "olist_order_items_dataset.csv";
    static final String SELLERS = "olist_sellers_dataset.csv";
    private static final DateTimeFormatter OLIST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final ProductLoads loads;
    private final ShipmentManagement shipmentData;

    OlistProfile(ProductLoads loads, ShipmentManagement shipmentData) {
        this.loads = loads;
        this.shipmentData = shipmentData;
    }

    /**
     * What a run read, filed and loaded, and the on-time rate (KPI-1) the product computes for each
     * seller over the orders of the data's period.
     */
    record Loaded(int orders, int items, int itemsWithoutOrder, int sellers, ProductLoads.FiledCustomers customers,
            ProductLoads.LoadedShipments shipments, int pickupsLeftOut, LocalDate firstOrder, LocalDate lastOrder,
            List<SellerOnTime> onTime) {

        /** All sellers' deliveries together: on time over delivered with a promise. */
        Rate overall() {
            return Rate.of(onTime.stream().mapToLong(s -> s.rate().numerator()).sum(),
                    onTime.stream().mapToLong(s -> s.rate().denominator()).sum());
        }
    }

    /** One seller's on-time rate as the customer's service indicators give it. */
    record SellerOnTime(String sellerId, long customerId, long shipments, Rate rate) {
    }

    private record Order(LocalDate orderedOn, OffsetDateTime pickedUp, OffsetDateTime promised,
            OffsetDateTime delivered) {
    }

    private static final class SellerShipment {
        final String orderId;
        final String sellerId;
        final int firstItem;
        int pieces;
        BigDecimal revenue = BigDecimal.ZERO;

        SellerShipment(String orderId, String sellerId, int firstItem) {
            this.orderId = orderId;
            this.sellerId = sellerId;
            this.firstItem = firstItem;
        }
    }

    /** Loads the Olist files in {@code dir} (orders, order items, sellers) as {@code user}. */
    Loaded load(Path dir, SignedInUser user) {
        Map<String, Order> orders = new HashMap<>();
        CsvFile.each(dir.resolve(ORDERS), List.of("order_id", "order_purchase_timestamp", "order_approved_at",
                "order_delivered_carrier_date", "order_delivered_customer_date", "order_estimated_delivery_date"),
                row -> orders.put(row.get("order_id"), new Order(
                        LocalDateTime.parse(row.get("order_purchase_timestamp"), OLIST_TIME).toLocalDate(),
                        time(row.get("order_delivered_carrier_date") != null ? row.get("order_delivered_carrier_date")
                                : row.get("order_approved_at")),
                        promise(row.get("order_estimated_delivery_date")),
                        time(row.get("order_delivered_customer_date")))));
        Map<String, String[]> sellers = new HashMap<>();
        CsvFile.each(dir.resolve(SELLERS), List.of("seller_id", "seller_zip_code_prefix", "seller_city", "seller_state"),
                row -> sellers.put(row.get("seller_id"), new String[] {row.get("seller_zip_code_prefix"),
                        row.get("seller_city"), row.get("seller_state")}));
        Map<String, SellerShipment> shipments = new LinkedHashMap<>();
        int[] items = {0, 0};
        CsvFile.each(dir.resolve(ITEMS), List.of("order_id", "order_item_id", "seller_id", "price", "freight_value"),
                row -> {
                    items[0]++;
                    String orderId = row.get("order_id");
                    if (!orders.containsKey(orderId)) {
                        items[1]++;
                        return;
                    }
                    String sellerId = row.get("seller_id");
                    SellerShipment shipment = shipments.computeIfAbsent(orderId + " " + sellerId,
                            key -> new SellerShipment(orderId, sellerId, Integer.parseInt(row.get("order_item_id"))));
                    shipment.pieces++;
                    shipment.revenue = shipment.revenue.add(new BigDecimal(row.get("price")))
                            .add(new BigDecimal(row.get("freight_value")));
                });
        Map<String, LocalDate> firstOrder = new LinkedHashMap<>();
        for (SellerShipment shipment : shipments.values()) {
            firstOrder.merge(shipment.sellerId, orders.get(shipment.orderId).orderedOn(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        List<ProductLoads.CustomerLine> customers = new ArrayList<>();
        firstOrder.forEach((sellerId, since) -> customers.add(customer(sellerId, sellers.get(sellerId), since)));
        ProductLoads.FiledCustomers filed = loads.importCustomers("olist-sellers.csv", customers, user);
        List<String> lines = new ArrayList<>(shipments.size());
        int pickupsLeftOut = 0;
        for (SellerShipment shipment : shipments.values()) {
            Order order = orders.get(shipment.orderId);
            ArchiveMatch customer = filed.byName().get(name(shipment.sellerId));
            if (customer == null) {
                continue; // the import refused the seller; its report says why
            }
            OffsetDateTime pickedUp = order.pickedUp();
            if (pickedUp != null && order.delivered() != null && pickedUp.isAfter(order.delivered())) {
                pickedUp = null;
                pickupsLeftOut++;
            }
            lines.add(String.join(",", shipment.orderId + "-" + shipment.firstItem, "", customer.archiveNo(), "",
                    order.orderedOn().toString(), "EXPRESS", Integer.toString(shipment.pieces), "", "",
                    shipment.revenue.setScale(2, RoundingMode.HALF_UP).toPlainString(), "", text(pickedUp),
                    text(order.promised()), text(order.delivered())));
        }
        ProductLoads.LoadedShipments loaded = loads.loadShipments(SOURCE, "olist-shipments.csv", lines, user);
        LocalDate first = orders.values().stream().map(Order::orderedOn).min(LocalDate::compareTo).orElse(null);
        LocalDate last = orders.values().stream().map(Order::orderedOn).max(LocalDate::compareTo).orElse(null);
        List<SellerOnTime> onTime = new ArrayList<>();
        for (String sellerId : firstOrder.keySet()) {
            ArchiveMatch customer = filed.byName().get(name(sellerId));
            if (customer != null) {
                ServiceIndicators kpis = shipmentData.indicators(customer.id(), first, last, user);
                onTime.add(new SellerOnTime(sellerId, customer.id(), kpis.orders(), kpis.onTime()));
            }
        }
        return new Loaded(orders.size(), items[0], items[1], firstOrder.size(), filed, loaded, pickupsLeftOut, first,
                last, List.copyOf(onTime));
    }

    /** The archive name of an Olist seller, which also identifies it in later runs. */
    static String name(String sellerId) {
        return "Olist seller " + sellerId;
    }

    private static ProductLoads.CustomerLine customer(String sellerId, String[] place, LocalDate since) {
        String address = null;
        if (place != null) {
            String zip = place[0] == null ? null : "0".repeat(Math.max(0, 5 - place[0].length())) + place[0];
            address = String.join(", ", java.util.stream.Stream.of(place[1], place[2], zip, "Brasil")
                    .filter(part -> part != null).toList());
        }
        return new ProductLoads.CustomerLine(name(sellerId), "Olist " + sellerId.substring(0, 8), "电子商务", address,
                "Olist、巴西", since);
    }

    private static OffsetDateTime time(String olist) {
        return olist == null ? null : LocalDateTime.parse(olist, OLIST_TIME).atZone(BRAZIL).toOffsetDateTime();
    }

    private static OffsetDateTime promise(String olist) {
        return olist == null ? null
                : LocalDateTime.parse(olist, OLIST_TIME).toLocalDate().atTime(END_OF_DAY).atZone(BRAZIL).toOffsetDateTime();
    }

    private static String text(OffsetDateTime time) {
        return time == null ? "" : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
