package com.logicrm.shipment;

import static com.logicrm.shipment.ShipmentFixtures.item;
import static com.logicrm.shipment.ShipmentFixtures.load;
import static com.logicrm.shipment.ShipmentFixtures.source;
import static com.logicrm.shipment.ShipmentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * KPI-3 over the API: market sizes entered per province and period, market share and coverage with
 * their numerators and denominators, provinces without a figure shown as such, and bad input refused.
 * The business is dated 2013, a year no other test uses, so the company-wide figures are this test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyKpiApiTests {

    @LocalServerPort
    int port;

    ApiClient api;
    String supervisor;

    @BeforeAll
    void businessIn2013AndItsMarketSizes() {
        api = new ApiClient(port);
        supervisor = DemoAccounts.token(api, "supervisor");
        String manager = DemoAccounts.token(api, "manager");
        long a = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("份额"));
        long b = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("覆盖"));
        Map<String, Object> shanghai = item("C", a, "2013-03-04", 10, "100", "1000.00", "600.00");
        List<Map<String, Object>> items = List.of(
                with(shanghai, "externalId", "C-1", "damagedPieces", 1),
                with(shanghai, "externalId", "C-2", "wrongDispatch", true),
                with(shanghai, "externalId", "C-3"),
                with(shanghai, "externalId", "C-4", "customerId", b, "originRegion", "310104", "revenue", "2000.00"),
                with(shanghai, "externalId", "C-5", "customerId", b, "orderedOn", "2013-07-01",
                        "originRegion", "320506", "revenue", "500.00"),
                with(shanghai, "externalId", "C-6", "orderedOn", "2013-05-01", "originRegion", "440305",
                        "revenue", "700.00", "lostPieces", 1),
                with(shanghai, "externalId", "C-7", "orderedOn", "2013-06-01", "originRegion", null,
                        "revenue", "300.00"));
        HttpResponse<String> loaded = load(api, supervisor, source(), items);
        assertThat(Json.number(loaded, "$.loaded")).as(loaded.body()).isEqualTo(7);
        assertThat(enter("310000", "2013", "100000.00", "40").statusCode()).isEqualTo(201);
        assertThat(enter("320000", "2013", null, "10").statusCode()).isEqualTo(201);
        assertThat(enter("310000", "2013-03", "20000", null).statusCode()).isEqualTo(201);
    }

    @Test
    void shareAndCoveragePerProvinceWithWhatTheyAreComputedFrom() {
        JsonNode kpis = company("2013");
        assertThat(kpis.path("from").asString()).isEqualTo("2013-01-01");
        assertThat(kpis.path("to").asString()).isEqualTo("2013-12-31");
        JsonNode shanghai = region(kpis, "310000");
        assertThat(shanghai.path("regionName").asString()).isEqualTo("上海市");
        assertThat(shanghai.path("orders").asLong()).isEqualTo(4);
        assertThat(shanghai.path("activeCustomers").asLong()).isEqualTo(2);
        assertThat(shanghai.path("marketShare").path("numerator").decimalValue()).isEqualByComparingTo("5000");
        assertThat(shanghai.path("marketShare").path("denominator").decimalValue()).isEqualByComparingTo("100000");
        assertThat(shanghai.path("marketShare").path("value").decimalValue()).isEqualByComparingTo("0.05");
        assertRate(shanghai.path("coverage"), 2, 40, "0.05");

        JsonNode jiangsu = region(kpis, "320000");
        assertThat(jiangsu.path("marketValue").isNull()).isTrue();
        assertThat(jiangsu.path("marketShare").isNull()).as("no market size entered, not 0 %").isTrue();
        assertRate(jiangsu.path("coverage"), 1, 10, "0.1");

        JsonNode guangdong = region(kpis, "440000");
        assertThat(guangdong.path("revenue").decimalValue()).isEqualByComparingTo("700");
        assertThat(guangdong.path("marketShare").isNull()).isTrue();
        assertThat(guangdong.path("coverage").isNull()).isTrue();

        JsonNode unplaced = region(kpis, null);
        assertThat(unplaced.path("revenue").decimalValue()).isEqualByComparingTo("300");

        JsonNode company = kpis.path("company");
        assertThat(company.path("orders").asLong()).isEqualTo(7);
        assertThat(company.path("revenue").decimalValue()).isEqualByComparingTo("6500");
        assertThat(company.path("activeCustomers").asLong()).as("each customer once").isEqualTo(2);
        assertThat(company.path("regionsWithMarketValue").asInt()).isEqualTo(1);
        assertThat(company.path("marketShare").path("value").decimalValue()).isEqualByComparingTo("0.05");
        assertRate(company.path("coverage"), 3, 50, "0.06");
    }

    @Test
    void aMonthIsMeasuredAgainstTheMonthsFigure() {
        JsonNode march = company("2013-03");
        assertThat(march.path("company").path("orders").asLong()).isEqualTo(4);
        JsonNode shanghai = region(march, "310000");
        assertThat(shanghai.path("marketShare").path("value").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(shanghai.path("coverage").isNull()).as("no potential customers entered for March").isTrue();
        JsonNode april = company("2013-04");
        assertThat(april.path("regions").isEmpty()).as("no business and no figures in April").isTrue();
        assertThat(april.path("company").path("marketShare").isNull()).isTrue();
    }

    @Test
    void serviceFiguresBreakIncidentsDownAndSayComplaintsAreNotRecorded() {
        JsonNode service = company("2013").path("service");
        assertRate(service.path("incidents"), 3, 7, "0.4286");
        assertThat(service.path("breakdown").findValues("kind").stream().map(JsonNode::asString).toList())
                .containsExactly("DAMAGE", "LOSS", "WRONG_DISPATCH", "TRAFFIC_ACCIDENT", "PACKAGING_DEFECT",
                        "STORAGE_DETERIORATION");
        assertRate(service.path("breakdown").get(0).path("rate"), 1, 7, "0.1429");
        assertRate(service.path("breakdown").get(1).path("rate"), 1, 7, "0.1429");
        assertThat(service.path("complaintsRecorded").asBoolean()).isFalse();
    }

    @Test
    void badMarketSizesAreRefusedNamingTheField() {
        assertRefused(enter("330000", "2013", "-1", null), "marketValue");
        assertRefused(enter("330000", "2013", "0", null), "marketValue");
        assertRefused(enter("330000", "2013", null, "0"), "potentialCustomers");
        assertRefused(enter("330000", "2013", null, "-7"), "potentialCustomers");
        assertRefused(enter("330000", "2013", null, null), "marketValue");
        assertRefused(enter("990000", "2013", "100", null), "regionCode");
        assertRefused(enter("330100", "2013", "100", null), "regionCode");
        assertRefused(enter("33", "2013", "100", null), "regionCode");
        assertRefused(enter("330000", "2013-13", "100", null), "period");
        assertRefused(enter("330000", "13", "100", null), "period");
        assertRefused(enter("330000", "2013/01", "100", null), "period");
        HttpResponse<String> english = api.send(api.request("/api/v1/market-sizes", supervisor)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"regionCode\":\"330000\",\"period\":\"2013\",\"marketValue\":-1}")).build());
        Problems.assertProblem(english, 400);
        assertThat(Json.text(english, "$.errors[0].message")).isEqualTo("must be above zero");
        Problems.assertProblem(enter("310000", "2013", "5", null), 409);
        assertRefused(api.get("/api/v1/kpis/company?period=2013-1", supervisor), "period");
        assertRefused(api.get("/api/v1/kpis/company?period=next", supervisor), "period");
        assertRefused(api.get("/api/v1/market-sizes?period=20133", supervisor), "period");
    }

    @Test
    void marketSizesAreChangedAndRemoved() {
        HttpResponse<String> created = enter("350000", "2014", "1000", null);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Json.number(created, "$.id");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/market-sizes/" + id);
        HttpResponse<String> changed = api.put("/api/v1/market-sizes/" + id, supervisor,
                "{\"regionCode\":\"350000\",\"period\":\"2014\",\"marketValue\":2500.5,\"potentialCustomers\":8}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Json.number(api.get("/api/v1/market-sizes/" + id, supervisor), "$.potentialCustomers")).isEqualTo(8);
        assertThat(api.get("/api/v1/market-sizes?period=2014", supervisor).body()).contains("\"regionName\":\"福建省\"");
        assertRefused(api.put("/api/v1/market-sizes/" + id, supervisor,
                "{\"regionCode\":\"350000\",\"period\":\"2014\",\"marketValue\":0}"), "marketValue");
        assertThat(api.delete("/api/v1/market-sizes/" + id, supervisor).statusCode()).isEqualTo(204);
        Problems.assertProblem(api.get("/api/v1/market-sizes/" + id, supervisor), 404);
        Problems.assertProblem(api.delete("/api/v1/market-sizes/" + id, supervisor), 404);
    }

    @Test
    void readingNeedsTheCompanyPermissionAndEnteringTheMarketOne() {
        String finance = DemoAccounts.token(api, "finance");
        assertThat(api.get("/api/v1/kpis/company?period=2013", finance).statusCode()).isEqualTo(200);
        Problems.assertProblem(api.post("/api/v1/market-sizes", finance,
                "{\"regionCode\":\"330000\",\"period\":\"2013\",\"marketValue\":100}"), 403);
        String manager = DemoAccounts.token(api, "manager");
        Problems.assertProblem(api.get("/api/v1/kpis/company?period=2013", manager), 403);
        Problems.assertProblem(api.get("/api/v1/market-sizes", manager), 403);
        assertThat(api.get("/api/v1/kpis/company", supervisor).statusCode()).as("this year by default").isEqualTo(200);
    }

    @Test
    void theApiDescriptionNamesTheEndpoints() {
        HttpResponse<String> description = api.get("/v3/api-docs", null);
        assertThat(ShipmentFixtures.JSON.readTree(description.body()).path("paths").propertyNames())
                .contains("/api/v1/kpis/company", "/api/v1/kpis/internal-customers", "/api/v1/market-sizes",
                        "/api/v1/market-sizes/{id}");
    }

    private HttpResponse<String> enter(String region, String period, String value, String potential) {
        return api.post("/api/v1/market-sizes", supervisor, "{\"regionCode\":\"%s\",\"period\":\"%s\"%s%s}".formatted(
                region, period, value == null ? "" : ",\"marketValue\":" + value,
                potential == null ? "" : ",\"potentialCustomers\":" + potential));
    }

    private JsonNode company(String period) {
        HttpResponse<String> response = api.get("/api/v1/kpis/company?period=" + period, supervisor);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ShipmentFixtures.JSON.readTree(response.body());
    }

    private static JsonNode region(JsonNode kpis, String code) {
        for (JsonNode region : kpis.path("regions")) {
            if (code == null ? region.path("regionCode").isNull() : code.equals(region.path("regionCode").asString())) {
                return region;
            }
        }
        throw new AssertionError("no region " + code + " in " + kpis);
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        Problems.assertProblem(response, 400);
        assertThat(Json.text(response, "$.errors[0].field")).as(response.body()).isEqualTo(field);
    }

    private static void assertRate(JsonNode rate, long numerator, long denominator, String value) {
        assertThat(rate.path("numerator").asLong()).isEqualTo(numerator);
        assertThat(rate.path("denominator").asLong()).isEqualTo(denominator);
        assertThat(rate.path("value").decimalValue()).isEqualByComparingTo(value);
    }
}
