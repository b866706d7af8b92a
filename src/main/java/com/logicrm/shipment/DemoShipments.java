package com.logicrm.shipment;

import com.logicrm.customer.CustomerReferences;
import com.logicrm.shared.database.DatabaseMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, gives the first demo customers a year of made-up shipments (about 600 in all), so the
 * tab 业务与服务 has figures and trends at once. Runs once the application is ready, after the demo
 * customers exist, and goes through the ordinary batch load: the items are the same on every start,
 * so a second instance or a restart loads nothing twice.
 */
@Component
class DemoShipments {

    static final String SOURCE = "DEMO";
    static final int CUSTOMERS = 40;
    private static final Logger log = LoggerFactory.getLogger(DemoShipments.class);
    private static final String[] REGIONS = {"310115", "440305", "110105", "330106", "320506", "510107", "420106",
        "440106", "500103", "370202"};
    private static final ServiceType[] SERVICES = {ServiceType.TRANSPORT, ServiceType.TRANSPORT,
        ServiceType.DISTRIBUTION, ServiceType.EXPRESS, ServiceType.TRANSPORT, ServiceType.WAREHOUSING,
        ServiceType.DISTRIBUTION, ServiceType.PROCESSING};

    private final ShipmentLoader loader;
    private final CustomerReferences customers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean demo;

    DemoShipments(ShipmentLoader loader, CustomerReferences customers, JdbcClient jdbc, Clock clock,
            Environment environment) {
        this.loader = loader;
        this.customers = customers;
        this.jdbc = jdbc;
        this.clock = clock;
        this.demo = DatabaseMode.demoEnabled(environment);
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnce() {
        if (!demo) {
            return;
        }
        List<Long> demoCustomers = customers.firstCurrent(CUSTOMERS);
        // by the customers, so the check reads their index entries instead of every month's shipments
        if (demoCustomers.isEmpty() || jdbc.sql("select exists (select 1 from shipment.shipment "
                + "where customer_id = any(?) and source = ?)").params(demoCustomers.toArray(Long[]::new), SOURCE)
                .query(Boolean.class).single()) {
            return;
        }
        List<ShipmentItem> items = new ArrayList<>();
        for (long customer : demoCustomers) {
            items.addAll(shipments(customer, LocalDate.now(clock.withZone(ZoneId.systemDefault()))));
        }
        if (!items.isEmpty()) {
            LoadResult result = loader.load(SOURCE, items, "system");
            log.info("Demo mode: loaded {} demo shipments", result.loaded());
        }
    }

    /** Ten to twenty orders of one customer over the twelve months before {@code today}, the same every time. */
    List<ShipmentItem> shipments(long customer, LocalDate today) {
        Random random = new Random(2026 * 31 + customer);
        int count = 10 + random.nextInt(11);
        String origin = REGIONS[random.nextInt(REGIONS.length)];
        List<ShipmentItem> items = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneId.systemDefault()));
        for (int n = 0; n < count; n++) {
            LocalDate ordered = today.minusDays(random.nextInt(365));
            ServiceType service = SERVICES[random.nextInt(SERVICES.length)];
            int pieces = 1 + random.nextInt(200);
            BigDecimal weight = BigDecimal.valueOf(pieces * (2_000L + random.nextInt(23_000)), 3);
            BigDecimal revenue = weight.multiply(BigDecimal.valueOf(80 + random.nextInt(120), 2))
                    .add(BigDecimal.valueOf(200)).setScale(2, RoundingMode.HALF_UP);
            BigDecimal cost = revenue.multiply(BigDecimal.valueOf(60 + random.nextInt(26), 2))
                    .setScale(2, RoundingMode.HALF_UP);
            OffsetDateTime pickedUp = ordered.atTime(8 + random.nextInt(10), 0).atZone(ZoneId.systemDefault())
                    .toOffsetDateTime();
            OffsetDateTime promised = pickedUp.plusHours(24L * (1 + random.nextInt(3)));
            // most arrive before the promise, about one in twelve late
            OffsetDateTime delivered = random.nextInt(12) == 0 ? promised.plusHours(2 + random.nextInt(20))
                    : promised.minusHours(random.nextInt(20));
            boolean arrived = delivered.isBefore(now);
            int damaged = random.nextInt(25) == 0 ? 1 + random.nextInt(Math.min(3, pieces)) : 0;
            int lost = random.nextInt(80) == 0 ? 1 : 0;
            items.add(new ShipmentItem(null, "DEMO-%d-%02d".formatted(customer, n), customer, null, null,
                    ordered.toString(), service.name(), origin, REGIONS[random.nextInt(REGIONS.length)], pieces,
                    weight, weight.divide(BigDecimal.valueOf(250), 3, RoundingMode.HALF_UP), revenue, cost,
                    pickedUp.toString(), promised.toString(), arrived ? delivered.toString() : null, damaged,
                    Math.min(lost, pieces - damaged), random.nextInt(50) == 0, random.nextInt(200) == 0,
                    service == ServiceType.WAREHOUSING && random.nextInt(15) == 0 ? 1 : 0, random.nextInt(30) == 0,
                    random.nextInt(3) == 0, random.nextInt(10) == 0 ? null : random.nextInt(10) != 0));
        }
        return items;
    }
}
