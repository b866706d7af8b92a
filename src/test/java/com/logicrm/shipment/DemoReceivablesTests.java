package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Demo mode gives the demo customers with shipments invoices, payments and a couple of returns, so the
 * customer page shows a receivables ageing and the archive's section 4 has entries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoReceivablesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoCustomersHaveAnAgeingWithLateAndOpenInvoices() {
        List<Long> invoiced = jdbc.sql("select distinct customer_id from shipment.invoice where source = 'DEMO' order by 1")
                .query(Long.class).list();
        assertThat(invoiced).hasSizeGreaterThanOrEqualTo(DemoShipments.CUSTOMERS - 2);
        assertThat(jdbc.sql("select count(*) from shipment.payment where source = 'DEMO'").query(Long.class).single())
                .isGreaterThan(100);
        ApiClient api = new ApiClient(port);
        String supervisor = DemoAccounts.token(api, "supervisor");
        BigDecimal notDue = BigDecimal.ZERO;
        BigDecimal pastDue = BigDecimal.ZERO;
        BigDecimal over90 = BigDecimal.ZERO;
        for (long customer : invoiced) {
            HttpResponse<String> response = api.get("/api/v1/customers/" + customer + "/receivables", supervisor);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode ageing = ShipmentFixtures.JSON.readTree(response.body()).path("ageing");
            notDue = notDue.add(ageing.path("notDue").decimalValue());
            pastDue = pastDue.add(ageing.path("days0To30").decimalValue()).add(ageing.path("days31To60").decimalValue())
                    .add(ageing.path("days61To90").decimalValue());
            over90 = over90.add(ageing.path("over90").decimalValue());
        }
        assertThat(notDue).isPositive();
        assertThat(pastDue).isPositive();
        assertThat(over90).as("the customer who stopped paying").isPositive();
    }

    @Test
    void twoDemoCustomersHaveReturnsCataloguedInSectionFour() {
        List<Long> returned = jdbc.sql("select customer_id from shipment.customer_return where source = 'DEMO' "
                + "and catalogue_no is not null order by 1").query(Long.class).list();
        assertThat(returned).hasSize(2);
        ApiClient api = new ApiClient(port);
        String supervisor = DemoAccounts.token(api, "supervisor");
        for (long customer : returned) {
            HttpResponse<String> archive = api.get("/api/v1/customers/" + customer + "/archive", supervisor);
            assertThat(archive.statusCode()).as(archive.body()).isEqualTo(200);
            JsonNode section = ShipmentFixtures.JSON.readTree(archive.body()).path("sections").path("RETURNS");
            assertThat(section.size()).as(archive.body()).isGreaterThanOrEqualTo(1);
            assertThat(section.toString()).contains("DEMO-R-" + customer);
        }
        assertThat(jdbc.sql("select sum(returns) from shipment.customer_month where customer_id = any(?)")
                .param(returned.toArray(Long[]::new)).query(BigDecimal.class).single())
                .isGreaterThanOrEqualTo(new BigDecimal("1180.00"));
    }
}
