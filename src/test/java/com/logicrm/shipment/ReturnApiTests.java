package com.logicrm.shipment;

import static com.logicrm.shipment.ShipmentFixtures.item;
import static com.logicrm.shipment.ShipmentFixtures.source;
import static com.logicrm.shipment.ShipmentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** TXN-4 over real HTTP: returns reduce net revenue month by month and are catalogued in archive section 4. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String supervisor;
    String manager;
    long customer;

    @BeforeEach
    void aCustomerWithOrders() {
        api = new ApiClient(port);
        supervisor = DemoAccounts.token(api, "supervisor");
        manager = DemoAccounts.token(api, "manager");
        customer = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("退赔"));
        HttpResponse<String> shipments = ShipmentFixtures.load(api, supervisor, source(), List.of(
                item("S-1", customer, "2026-10-03", 4, "10", "1000.00", "600.00"),
                item("S-2", customer, "2026-10-20", 2, "10", "500.00", "300.00"),
                item("S-3", customer, "2026-11-05", 1, "10", "800.00", "500.00")));
        assertThat(Json.number(shipments, "$.loaded")).as(shipments.body()).isEqualTo(3);
    }

    @Test
    void returnsReduceNetRevenueOfTheirMonthAndAreCataloguedInSectionFour() {
        String source = source();
        List<Map<String, Object>> returns = List.of(
                ret("R-1", customer, "2026-10-10", "RETURN", "120.00", "OURS", "S-1"),
                ret("R-2", customer, "2026-10-25", "COMPENSATION", "80.50", "THIRD_PARTY", null),
                ret("R-3", customer, "2026-11-06", "DISCOUNT", "40.00", "CUSTOMER", "S-3"),
                ret("R-4", customer, "2026-12-01", "DISCOUNT", "15.00", "UNDETERMINED", null));
        HttpResponse<String> answer = load(supervisor, source, returns);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Json.number(answer, "$.loaded")).isEqualTo(4);

        // revenue per month from the shipments sent, returns per month from the returns sent
        Map<String, BigDecimal[]> expected = new TreeMap<>();
        expected.put("2026-10", new BigDecimal[] {new BigDecimal("1500.00"), BigDecimal.ZERO});
        expected.put("2026-11", new BigDecimal[] {new BigDecimal("800.00"), BigDecimal.ZERO});
        expected.put("2026-12", new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        for (Map<String, Object> r : returns) {
            BigDecimal[] month = expected.get(((String) r.get("occurredOn")).substring(0, 7));
            month[1] = month[1].add(new BigDecimal((String) r.get("amount")));
        }
        JsonNode summary = ShipmentFixtures.JSON.readTree(
                api.get("/api/v1/customers/" + customer + "/summary", manager).body());
        List<String> periods = new ArrayList<>();
        for (JsonNode month : summary.path("months")) {
            String period = month.path("period").asString();
            periods.add(period);
            BigDecimal[] figures = expected.get(period);
            assertThat(month.path("revenue").decimalValue()).as(period).isEqualByComparingTo(figures[0]);
            assertThat(month.path("returns").decimalValue()).as(period).isEqualByComparingTo(figures[1]);
            assertThat(month.path("netRevenue").decimalValue()).as(period)
                    .isEqualByComparingTo(figures[0].subtract(figures[1]));
        }
        assertThat(periods).containsExactlyElementsOf(expected.keySet());
        assertThat(summary.path("total").path("netRevenue").decimalValue()).isEqualByComparingTo("2044.50");
        assertThat(summary.path("orders").asLong()).isEqualTo(3);
        assertThat(summary.path("lastOrderOn").asString()).as("a month of returns only has no orders")
                .isEqualTo("2026-11-05");

        HttpResponse<String> section = api.get("/api/v1/customers/" + customer + "/archive/entries?section=RETURNS",
                manager);
        List<Map<String, Object>> entries = Json.read(section, "$");
        assertThat(entries).extracting(e -> e.get("entryDate"), e -> e.get("returnKind"), e -> e.get("amount"),
                e -> e.get("responsibility")).containsExactlyInAnyOrder(
                        tuple("2026-10-10", "RETURN", 120.0, "OURS"),
                        tuple("2026-10-25", "COMPENSATION", 80.5, "THIRD_PARTY"),
                        tuple("2026-11-06", "DISCOUNT", 40.0, "CUSTOMER"),
                        tuple("2026-12-01", "DISCOUNT", 15.0, "UNDETERMINED"));
        assertThat(entries).extracting(e -> (String) e.get("catalogueNo")).allMatch(no -> no.startsWith("4-2026-"));
        assertThat(entries).filteredOn(e -> "RETURN".equals(e.get("returnKind"))).singleElement()
                .satisfies(e -> assertThat((String) e.get("title")).contains("退货", "S-1"));
        assertThat(jdbc.sql("select catalogue_no from shipment.customer_return where customer_id = ? order by 1")
                .param(customer).query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(entries.stream().map(e -> (String) e.get("catalogueNo")).toList());

        // the same batch again: nothing new in the summary or the archive
        String before = api.get("/api/v1/customers/" + customer + "/summary", manager).body();
        HttpResponse<String> again = load(supervisor, source, returns);
        assertThat(Json.number(again, "$.alreadyLoaded")).isEqualTo(4);
        assertThat(api.get("/api/v1/customers/" + customer + "/summary", manager).body()).isEqualTo(before);
        assertThat(Json.<List<?>>read(api.get("/api/v1/customers/" + customer
                + "/archive/entries?section=RETURNS", manager), "$")).hasSize(4);
    }

    @Test
    void aReturnInAMonthWithoutShipmentsGetsTheMonthsPartitions() {
        HttpResponse<String> answer = load(supervisor, source(),
                List.of(ret("P-1", customer, "2009-03-10", "DISCOUNT", "7.00", "OURS", null)));

        assertThat(Json.number(answer, "$.loaded")).as(answer.body()).isEqualTo(1);
        assertThat(jdbc.sql("select returns from shipment.customer_month_y2009m03 where customer_id = ?")
                .param(customer).query(BigDecimal.class).single()).isEqualByComparingTo("7.00");
        assertThat(jdbc.sql("select count(*) from pg_class where relname = 'shipment_y2009m03'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badItemsAreReportedAndARefusalOfTheArchiveLeavesThatItemOutOnly() {
        long retired = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("退赔停用"));
        assertThat(api.delete("/api/v1/customers/" + retired + "?reason=test", manager).statusCode()).isEqualTo(204);
        Map<String, Object> good = ret("G-1", customer, "2026-11-10", "RETURN", "10.00", "OURS", null);
        List<Map<String, Object>> items = List.of(
                good,                                                                    // 0 good
                with(good, "externalId", "B-1", "amount", "-3.00"),                      // 1 negative
                with(good, "externalId", "B-2", "occurredOn", tomorrow()),               // 2 in the future
                with(good, "externalId", "B-3", "kind", "REFUND"),                       // 3 no such kind
                with(good, "externalId", "B-4", "reason", " "),                          // 4 no reason
                with(good, "externalId", "B-5", "responsibility", null),                 // 5 no finding
                with(good, "externalId", "B-6", "customerId", 999_999_999L),             // 6 unknown customer
                with(good, "externalId", "B-7", "customerId", retired),                  // 7 retired customer
                with(good, "externalId", "G-2", "amount", "5.00"));                      // 8 good
        HttpResponse<String> answer = load(supervisor, source(), items);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Json.number(answer, "$.loaded")).isEqualTo(2);
        assertThat(Json.number(answer, "$.rejected")).isEqualTo(7);
        assertThat(Json.number(answer, "$.alreadyLoaded")).isZero();
        assertThat(Json.<List<Map<String, Object>>>read(answer, "$.errors"))
                .extracting(e -> e.get("index"), e -> e.get("field"), e -> e.get("code")).containsExactly(
                        tuple(1, "amount", "negative"),
                        tuple(2, "occurredOn", "outOfRange"),
                        tuple(3, "kind", "invalid"),
                        tuple(4, "reason", "required"),
                        tuple(5, "responsibility", "required"),
                        tuple(6, "customerId", "customerUnknown"),
                        tuple(7, "customer", "customerNotCurrent"));
        assertThat(jdbc.sql("select count(*) from shipment.customer_return where customer_id = ?").param(retired)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from shipment.customer_month where customer_id = ?").param(retired)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select returns from shipment.customer_month where customer_id = ? and month = '2026-11-01'")
                .param(customer).query(BigDecimal.class).single()).isEqualByComparingTo("15.00");
    }

    @Test
    void loadingNeedsTheRightsToWriteBusinessDataAndTheArchive() {
        List<Map<String, Object>> one = List.of(ret("X-1", customer, "2026-11-10", "RETURN", "1.00", "OURS", null));
        Problems.assertProblem(load(DemoAccounts.token(api, "finance"), source(), one), 403);
        Problems.assertProblem(load(manager, source(), one), 403);
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            many.add(ret("M-" + i, customer, "2026-11-10", "RETURN", "1.00", "OURS", null));
        }
        Problems.assertProblem(load(supervisor, source(), many), 413);
        assertThat(ShipmentFixtures.JSON.readTree(api.get("/v3/api-docs", null).body()).path("paths").propertyNames())
                .contains("/api/v1/returns:batch");
    }

    private HttpResponse<String> load(String token, String source, List<Map<String, Object>> items) {
        return api.post("/api/v1/returns:batch", token, ShipmentFixtures.batch(source, items));
    }

    private static Map<String, Object> ret(String externalId, long customerId, String occurredOn, String kind,
            String amount, String responsibility, String shipment) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("externalId", externalId);
        item.put("customerId", customerId);
        item.put("occurredOn", occurredOn);
        item.put("kind", kind);
        item.put("amount", amount);
        item.put("reason", "外包装破损，客户拒收部分货物");
        item.put("responsibility", responsibility);
        item.put("finding", "承运途中挤压");
        if (shipment != null) {
            item.put("shipmentExternalId", shipment);
        }
        return item;
    }

    private static String tomorrow() {
        return LocalDate.now().plusDays(1).toString();
    }
}
