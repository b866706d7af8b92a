package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo mode gives the first demo customers a year of shipments, every generated item accepted by the load. */
@SpringBootTest
class ShipmentDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoShipments demo;

    @Test
    void theFirstDemoCustomersHaveAYearOfShipments() {
        List<Map<String, Object>> perCustomer = jdbc.sql("""
                select customer_id, count(*) as shipments, min(ordered_on) as first, max(ordered_on) as last
                from shipment.shipment where source = 'DEMO' group by customer_id order by customer_id""")
                .query().listOfRows();
        assertThat(perCustomer).hasSize(DemoShipments.CUSTOMERS);
        long total = 0;
        for (Map<String, Object> row : perCustomer) {
            long customer = (Long) row.get("customer_id");
            assertThat((Long) row.get("shipments")).as("no generated item was refused")
                    .isEqualTo(demo.shipments(customer, LocalDate.now()).size());
            assertThat(((Date) row.get("first")).toLocalDate()).isAfter(LocalDate.now().minusYears(1));
            total += (Long) row.get("shipments");
        }
        assertThat(total).isBetween(400L, 800L);
        assertThat(jdbc.sql("select count(distinct customer_id) from shipment.customer_month").query(Long.class)
                .single()).isGreaterThanOrEqualTo(DemoShipments.CUSTOMERS);
    }

    @Test
    void theSameItemsAreGeneratedEveryTime() {
        assertThat(demo.shipments(7, LocalDate.of(2026, 12, 1))).isEqualTo(demo.shipments(7, LocalDate.of(2026, 12, 1)));
    }
}
