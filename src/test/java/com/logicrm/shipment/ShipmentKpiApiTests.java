package com.logicrm.shipment;

import static com.logicrm.shipment.ShipmentFixtures.item;
import static com.logicrm.shipment.ShipmentFixtures.load;
import static com.logicrm.shipment.ShipmentFixtures.source;
import static com.logicrm.shipment.ShipmentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.JobPolling;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** KPI-1 over a customer's shipments: every rate with what it was computed from, times in hours. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShipmentKpiApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String manager;
    long customer;

    @BeforeEach
    void aCustomerWithOctobersShipments() {
        api = new ApiClient(port);
        manager = DemoAccounts.token(api, "manager");
        customer = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("指标"));
        Map<String, Object> base = item("K", customer, "2026-10-01", 10, "100", "500.00", "300.00");
        List<Map<String, Object>> items = List.of(
                // 12 h, on time, 1 of 10 pieces damaged
                with(base, "externalId", "K-1", "pickedUpAt", "2026-10-01T08:00:00Z", "promisedAt",
                        "2026-10-02T08:00:00Z", "deliveredAt", "2026-10-01T20:00:00Z", "damagedPieces", 1),
                // 30 h, late, 2 of 20 lost, sent to the wrong place
                with(base, "externalId", "K-2", "orderedOn", "2026-10-03", "pieces", 20, "pickedUpAt",
                        "2026-10-03T08:00:00Z", "promisedAt", "2026-10-04T08:00:00Z", "deliveredAt",
                        "2026-10-04T14:00:00Z", "lostPieces", 2, "wrongDispatch", true),
                // 10 h, on time, delivered direct, feedback late
                with(base, "externalId", "K-3", "orderedOn", "2026-10-05", "pieces", 5, "pickedUpAt",
                        "2026-10-05T08:00:00Z", "promisedAt", "2026-10-06T08:00:00Z", "deliveredAt",
                        "2026-10-05T18:00:00Z", "directDelivery", true, "feedbackTimely", false),
                // promised, not delivered yet: counts for nothing time-related
                with(base, "externalId", "K-4", "orderedOn", "2026-10-20", "pieces", 5, "pickedUpAt",
                        "2026-10-20T08:00:00Z", "promisedAt", "2026-10-21T08:00:00Z"),
                // warehousing, 24 h without a promise, 1 of 10 pieces spoiled in storage, packaging defect
                with(base, "externalId", "K-5", "orderedOn", "2026-10-31", "serviceType", "WAREHOUSING",
                        "pickedUpAt", "2026-10-31T08:00:00+08:00", "deliveredAt", "2026-11-01T08:00:00+08:00",
                        "storageDamagedPieces", 1, "packagingDefect", true, "feedbackTimely", true,
                        "trafficAccident", true),
                // November: outside the period asked for
                with(base, "externalId", "K-6", "orderedOn", "2026-11-01", "pickedUpAt", "2026-11-01T08:00:00Z",
                        "promisedAt", "2026-11-01T09:00:00Z", "deliveredAt", "2026-11-03T08:00:00Z",
                        "damagedPieces", 10));
        HttpResponse<String> loaded = load(api, DemoAccounts.token(api, "supervisor"), source(), items);
        assertThat(Json.number(loaded, "$.loaded")).as(loaded.body()).isEqualTo(6);
    }

    @Test
    void everyRateComesWithItsNumeratorAndDenominator() {
        JsonNode kpis = kpis("?from=2026-10-01&to=2026-10-31");
        assertThat(kpis.path("from").asString()).isEqualTo("2026-10-01");
        assertThat(kpis.path("to").asString()).isEqualTo("2026-10-31");
        assertThat(kpis.path("orders").asLong()).isEqualTo(5);
        assertRate(kpis, "onTime", 2, 3, "0.6667");
        // delivery hours 10, 12, 24, 30: mean 19, 90th percentile (interpolated) 24 + 0.7 × 6
        assertThat(kpis.path("averageDeliveryHours").decimalValue()).isEqualByComparingTo("19.0");
        assertThat(kpis.path("p90DeliveryHours").decimalValue()).isEqualByComparingTo("28.2");
        assertRate(kpis, "damage", 1, 50, "0.0200");
        assertRate(kpis, "loss", 2, 50, "0.0400");
        assertRate(kpis, "wrongDispatch", 1, 5, "0.2000");
        assertRate(kpis, "directDelivery", 1, 5, "0.2000");
        assertRate(kpis, "trafficAccidents", 1, 5, "0.2000");
        assertRate(kpis, "storageDeterioration", 1, 10, "0.1000");
        assertRate(kpis, "packagingDefects", 1, 5, "0.2000");
        assertRate(kpis, "feedbackTimeliness", 1, 2, "0.5000");
    }

    @Test
    void thePeriodDecidesWhichOrdersCount() {
        JsonNode november = kpis("?from=2026-11-01&to=2026-11-30");
        assertThat(november.path("orders").asLong()).isEqualTo(1);
        assertRate(november, "onTime", 0, 1, "0.0000");
        assertRate(november, "damage", 10, 10, "1.0000");

        JsonNode empty = kpis("?from=2025-01-01&to=2025-01-31");
        assertThat(empty.path("orders").asLong()).isZero();
        assertThat(empty.path("onTime").path("denominator").asLong()).isZero();
        assertThat(empty.path("onTime").path("value").isNull()).isTrue();
        assertThat(empty.path("averageDeliveryHours").isNull()).isTrue();

        JsonNode lastYear = kpis("");
        assertThat(lastYear.path("orders").asLong()).as("the last twelve months by default").isEqualTo(6);
    }

    @Test
    void badPeriodsAndOtherPeoplesCustomersAreRefused() {
        HttpResponse<String> reversed = api.get("/api/v1/customers/" + customer + "/kpis?from=2026-11-01&to=2026-10-01",
                manager);
        Problems.assertProblem(reversed, 400);
        assertThat(Json.text(reversed, "$.errors[0].field")).isEqualTo("from");
        Problems.assertProblem(api.get("/api/v1/customers/" + customer + "/kpis?from=2020-01-01&to=2026-10-01",
                manager), 400);
        Problems.assertProblem(api.get("/api/v1/customers/" + customer + "/kpis?from=yesterday", manager), 400);
        Problems.assertProblem(api.get("/api/v1/customers/" + customer + "/kpis",
                DemoAccounts.token(api, "manager2")), 404);
    }

    @Test
    void theMonthlySummaryKeepsTheCountsBehindEveryRateAsEachLoadAddsThem() {
        Map<String, Object> october = month("2026-10-01");

        assertThat(october).containsEntry("orders", 5L).containsEntry("promised", 3L).containsEntry("on_time", 2L)
                .containsEntry("timed", 4L).containsEntry("damaged_pieces", 1L).containsEntry("lost_pieces", 2L)
                .containsEntry("wrong_dispatches", 1L).containsEntry("direct_deliveries", 1L)
                .containsEntry("accidents", 1L).containsEntry("storage_damaged", 1L)
                .containsEntry("warehoused_pieces", 10L).containsEntry("packaging_defects", 1L)
                .containsEntry("feedback_timely", 1L).containsEntry("feedback_rated", 2L);
        assertThat((java.math.BigDecimal) october.get("delivery_hours")).isEqualByComparingTo("76");
        JsonNode kpis = kpis("?from=2026-10-01&to=2026-10-31");
        assertRate(kpis, "onTime", (Long) october.get("on_time"), (Long) october.get("promised"), "0.6667");
    }

    @Test
    void aRecomputeRebuildsTheMonthsFromTheShipments() {
        jdbc.sql("update shipment.customer_month set orders = 0, on_time = 0, revenue = 0, delivery_hours = 0 "
                + "where customer_id = ? and month = date '2026-10-01'").param(customer).update();
        Object novemberRefreshed = month("2026-11-01").get("refreshed_at");

        JsonNode job = recompute("2026-10", "2026-11");

        assertThat(job.path("total").asLong()).as("two months").isEqualTo(2);
        Map<String, Object> october = month("2026-10-01");
        assertThat(october).containsEntry("orders", 5L).containsEntry("on_time", 2L);
        assertThat((java.math.BigDecimal) october.get("revenue")).isEqualByComparingTo("2500.00");
        assertThat((java.math.BigDecimal) october.get("delivery_hours")).isEqualByComparingTo("76");
        assertThat(month("2026-11-01")).containsEntry("orders", 1L).containsEntry("on_time", 0L)
                .as("a month already right is not written").containsEntry("refreshed_at", novemberRefreshed);
    }

    @Test
    void aRecomputeRestoresAMonthMissingFromTheSummary() {
        jdbc.sql("delete from shipment.customer_month where customer_id = ? and month = date '2026-11-01'")
                .param(customer).update();

        recompute("2026-11", "2026-11");

        assertThat(month("2026-11-01")).containsEntry("orders", 1L).containsEntry("on_time", 0L);
    }

    @Test
    void aRecomputeEmptiesAMonthWhoseShipmentsAreGoneAndKeepsItsReturns() {
        // corrected in the database: November's one shipment was never made, and a return was booked
        jdbc.sql("delete from shipment.shipment where customer_id = ? and ordered_on = date '2026-11-01'")
                .param(customer).update();
        jdbc.sql("update shipment.customer_month set returns = 5 where customer_id = ? and month = date '2026-11-01'")
                .param(customer).update();

        recompute("2026-11", "2026-11");

        Map<String, Object> november = month("2026-11-01");
        assertThat(november).containsEntry("orders", 0L).containsEntry("pieces", 0L).containsEntry("promised", 0L)
                .containsEntry("damaged_pieces", 0L).containsEntry("first_order_on", null)
                .containsEntry("last_order_on", null);
        assertThat((java.math.BigDecimal) november.get("revenue")).isEqualByComparingTo("0");
        assertThat((java.math.BigDecimal) november.get("returns")).as("returns are not shipments").isEqualByComparingTo("5");
        assertThat(kpis("?from=2026-11-01&to=2026-11-30").path("orders").asLong()).isZero();
        assertThat(month("2026-10-01")).as("the month beside it is untouched").containsEntry("orders", 5L);
    }

    @Test
    void aRecomputeNeedsAProperRangeOfMonthsAndTheRightToLoad() {
        String supervisor = DemoAccounts.token(api, "supervisor");
        String path = "/api/v1/shipments/summary:recompute";

        assertThat(Problems.assertProblem(api.post(path, supervisor, "{\"from\":\"2026-11\",\"to\":\"2026-10\"}"),
                400)).isEqualTo("起始日期晚于结束日期。");
        assertThat(Problems.assertProblem(api.post(path, supervisor, "{\"from\":\"2020-01\",\"to\":\"2026-10\"}"),
                400)).isEqualTo("一次最多重算 36 个月。");
        assertThat(Problems.assertProblem(api.post(path, supervisor, "{\"to\":\"2026-10\"}"), 400))
                .isEqualTo("请给出月份（yyyy-MM）。");
        Problems.assertProblem(api.post(path, supervisor, "{\"from\":\"October\",\"to\":\"2026-10\"}"), 400);
        Problems.assertProblem(api.post(path, manager, "{\"from\":\"2026-10\",\"to\":\"2026-10\"}"), 403);
        Problems.assertProblem(api.get("/api/v1/shipments/summary/recomputations/999999999", supervisor), 404);
    }

    private JsonNode recompute(String from, String to) {
        String supervisor = DemoAccounts.token(api, "supervisor");
        HttpResponse<String> started = api.post("/api/v1/shipments/summary:recompute", supervisor,
                "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode job = ShipmentFixtures.JSON.readTree(JobPolling.awaitFinished(api, supervisor,
                started.headers().firstValue("Location").orElseThrow(), "$.status").body());
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        return job;
    }

    private Map<String, Object> month(String month) {
        return jdbc.sql("select * from shipment.customer_month where customer_id = ? and month = ?::date")
                .params(customer, month).query().singleRow();
    }

    private JsonNode kpis(String query) {
        HttpResponse<String> response = api.get("/api/v1/customers/" + customer + "/kpis" + query, manager);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ShipmentFixtures.JSON.readTree(response.body());
    }

    private static void assertRate(JsonNode kpis, String name, long numerator, long denominator, String value) {
        JsonNode rate = kpis.path(name);
        assertThat(rate.path("numerator").asLong()).as(name + " numerator").isEqualTo(numerator);
        assertThat(rate.path("denominator").asLong()).as(name + " denominator").isEqualTo(denominator);
        assertThat(rate.path("value").decimalValue()).as(name).isEqualByComparingTo(value);
    }
}
