package com.logicrm.shipment;

import static com.logicrm.shipment.ShipmentFixtures.item;
import static com.logicrm.shipment.ShipmentFixtures.load;
import static com.logicrm.shipment.ShipmentFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * TXN-5 and ARC-5: the monthly summary follows each load for the months it touched only, and always
 * agrees with sums computed here from what was sent and by SQL from the shipments themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShipmentSummaryApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String loader;
    String manager;
    long customer;
    /** Every distinct item sent so far, by external id: the independent record of what should be there. */
    final Map<String, Map<String, Object>> sent = new TreeMap<>();

    @BeforeEach
    void aCustomer() {
        api = new ApiClient(port);
        loader = DemoAccounts.token(api, "finance");
        manager = DemoAccounts.token(api, "manager");
        customer = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("汇总"));
    }

    @Test
    void eachLoadUpdatesOnlyTheMonthsItTouched() {
        String source = source();
        loadAndRemember(source, randomItems("A", "2026-08", 6), randomItems("A", "2026-09", 4));
        assertSummaryAgrees();
        Map<String, Timestamp> refreshed = refreshedAt();
        assertThat(refreshed).containsOnlyKeys("2026-08", "2026-09");

        // more for September and October, one item of August sent again
        List<Map<String, Object>> more = new ArrayList<>(randomItems("B", "2026-09", 3));
        more.addAll(randomItems("B", "2026-10", 5));
        more.add(sent.get("A-2026-08-0"));
        HttpResponse<String> second = load(api, loader, source, more);
        assertThat(Json.number(second, "$.loaded")).as(second.body()).isEqualTo(8);
        assertThat(Json.number(second, "$.alreadyLoaded")).isEqualTo(1);
        more.forEach(item -> sent.put((String) item.get("externalId"), item));

        assertSummaryAgrees();
        Map<String, Timestamp> after = refreshedAt();
        assertThat(after.get("2026-08")).as("August was not touched").isEqualTo(refreshed.get("2026-08"));
        assertThat(after.get("2026-09")).isAfter(refreshed.get("2026-09"));
        assertThat(after).containsKey("2026-10");
    }

    @Test
    void theSummaryIsOnlyForThoseWhoMaySeeTheCustomer() {
        load(api, loader, source(), randomItems("S", "2026-11", 2));
        HttpResponse<String> own = api.get("/api/v1/customers/" + customer + "/summary", manager);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);

        String otherManager = DemoAccounts.token(api, "manager2");
        Problems.assertProblem(api.get("/api/v1/customers/" + customer + "/summary", otherManager), 404);
        Problems.assertProblem(api.get("/api/v1/customers/" + customer + "/kpis", otherManager), 404);
        Problems.assertProblem(api.get("/api/v1/customers/999999999/summary", manager), 404);
        Problems.assertProblem(api.get("/api/v1/customers/" + customer + "/summary",
                DemoAccounts.token(api, "admin")), 403);
    }

    @Test
    void aCustomerWithoutOrdersHasAnEmptySummary() {
        JsonNode summary = summary();
        assertThat(summary.path("orders").asLong()).isZero();
        assertThat(summary.path("firstOrderOn").isNull()).isTrue();
        assertThat(summary.path("averageOrderValue").isNull()).isTrue();
        assertThat(summary.path("months").size()).isZero();
    }

    private void loadAndRemember(String source, List<Map<String, Object>> first, List<Map<String, Object>> second) {
        List<Map<String, Object>> items = new ArrayList<>(first);
        items.addAll(second);
        HttpResponse<String> answer = load(api, loader, source, items);
        assertThat(Json.number(answer, "$.loaded")).as(answer.body()).isEqualTo(items.size());
        items.forEach(item -> sent.put((String) item.get("externalId"), item));
    }

    /** {@code count} orders on random days of {@code month} with random figures. */
    private List<Map<String, Object>> randomItems(String prefix, String month, int count) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal revenue = BigDecimal.valueOf(random.nextLong(10_000, 500_000), 2);
            BigDecimal cost = revenue.multiply(BigDecimal.valueOf(random.nextInt(50, 95)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            items.add(item("%s-%s-%d".formatted(prefix, month, i), customer,
                    "%s-%02d".formatted(month, 1 + random.nextInt(28)), random.nextInt(1, 40),
                    BigDecimal.valueOf(random.nextLong(1_000, 2_000_000), 3).toPlainString(),
                    revenue.toPlainString(), cost.toPlainString()));
        }
        return items;
    }

    private void assertSummaryAgrees() {
        JsonNode summary = summary();
        Map<String, BigDecimal[]> expected = new TreeMap<>();
        for (Map<String, Object> item : sent.values()) {
            String month = ((String) item.get("orderedOn")).substring(0, 7);
            BigDecimal[] sums = expected.computeIfAbsent(month, m -> new BigDecimal[] {BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(BigDecimal.ONE);
            sums[1] = sums[1].add(BigDecimal.valueOf((Integer) item.get("pieces")));
            sums[2] = sums[2].add(new BigDecimal((String) item.get("weightKg")));
            sums[3] = sums[3].add(new BigDecimal((String) item.get("revenue")));
            sums[4] = sums[4].add(new BigDecimal((String) item.get("cost")));
        }
        JsonNode months = summary.path("months");
        assertThat(months.size()).isEqualTo(expected.size());
        int i = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> month : expected.entrySet()) {
            JsonNode shown = months.get(i++);
            BigDecimal[] sums = month.getValue();
            assertThat(shown.path("period").asString()).isEqualTo(month.getKey());
            assertThat(shown.path("orders").asLong()).isEqualTo(sums[0].longValue());
            assertThat(shown.path("pieces").asLong()).isEqualTo(sums[1].longValue());
            assertThat(shown.path("weightKg").decimalValue()).isEqualByComparingTo(sums[2]);
            assertThat(shown.path("revenue").decimalValue()).isEqualByComparingTo(sums[3]);
            assertThat(shown.path("cost").decimalValue()).isEqualByComparingTo(sums[4]);
            assertThat(shown.path("grossMargin").decimalValue()).isEqualByComparingTo(sums[3].subtract(sums[4]));
            revenue = revenue.add(sums[3]);
        }
        List<String> dates = sent.values().stream().map(item -> (String) item.get("orderedOn")).sorted().toList();
        assertThat(summary.path("firstOrderOn").asString()).isEqualTo(dates.get(0));
        assertThat(summary.path("lastOrderOn").asString()).isEqualTo(dates.get(dates.size() - 1));
        assertThat(summary.path("orders").asLong()).isEqualTo(sent.size());
        assertThat(summary.path("averageOrderValue").decimalValue())
                .isEqualByComparingTo(revenue.divide(BigDecimal.valueOf(sent.size()), 2, RoundingMode.HALF_UP));
        assertThat(summary.path("years").get(0).path("period").asString()).isEqualTo("2026");
        assertThat(summary.path("years").get(0).path("revenue").decimalValue()).isEqualByComparingTo(revenue);

        // and the kept sums are what a full recomputation from the shipments gives
        List<Map<String, Object>> kept = jdbc.sql("""
                select month, orders, pieces, weight_kg, revenue, cost from shipment.customer_month
                where customer_id = ? order by month""").param(customer).query().listOfRows();
        List<Map<String, Object>> recomputed = jdbc.sql("""
                select date_trunc('month', ordered_on)::date as month, count(*) as orders, sum(pieces) as pieces,
                       sum(weight_kg) as weight_kg, sum(revenue) as revenue, sum(cost) as cost
                from shipment.shipment where customer_id = ? group by 1 order by 1""")
                .param(customer).query().listOfRows();
        assertThat(kept).hasSameSizeAs(recomputed);
        for (int m = 0; m < kept.size(); m++) {
            for (String column : List.of("month", "orders", "pieces", "weight_kg", "revenue", "cost")) {
                assertThat(String.valueOf(kept.get(m).get(column))).as(column)
                        .isEqualTo(String.valueOf(recomputed.get(m).get(column)));
            }
        }
    }

    private JsonNode summary() {
        HttpResponse<String> response = api.get("/api/v1/customers/" + customer + "/summary", manager);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ShipmentFixtures.JSON.readTree(response.body());
    }

    private Map<String, Timestamp> refreshedAt() {
        Map<String, Timestamp> refreshed = new TreeMap<>();
        jdbc.sql("select to_char(month, 'YYYY-MM'), refreshed_at from shipment.customer_month where customer_id = ?")
                .param(customer).query((row, n) -> refreshed.put(row.getString(1), row.getTimestamp(2))).list();
        return refreshed;
    }
}
