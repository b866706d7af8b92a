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
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * KPI-2: KPI-1 over the internal customers (内部客户) in the caller's scope taken together, with the
 * intact rate. The orders are dated 2012, a year no other test uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InternalCustomerKpiApiTests {

    @LocalServerPort
    int port;

    @Test
    void theInternalCustomersInScopeTakenTogether() {
        ApiClient api = new ApiClient(port);
        String manager = DemoAccounts.token(api, "manager");
        long internal = register(api, manager, "INTERNAL");
        long external = register(api, manager, "EXTERNAL");
        Map<String, Object> base = with(item("I", internal, "2012-06-01", 10, "50", "400.00", "200.00"),
                "pickedUpAt", "2012-06-01T08:00:00Z", "promisedAt", "2012-06-02T08:00:00Z",
                "deliveredAt", "2012-06-01T20:00:00Z");
        HttpResponse<String> loaded = load(api, DemoAccounts.token(api, "supervisor"), source(), List.of(
                with(base, "externalId", "I-1", "damagedPieces", 1),
                with(base, "externalId", "I-2", "lostPieces", 2, "deliveredAt", "2012-06-03T08:00:00Z"),
                with(base, "externalId", "I-3", "customerId", external, "damagedPieces", 10)));
        assertThat(Json.number(loaded, "$.loaded")).as(loaded.body()).isEqualTo(3);

        JsonNode kpis = kpis(api, manager, "?from=2012-01-01&to=2012-12-31");
        assertThat(kpis.path("customers").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode indicators = kpis.path("indicators");
        assertThat(indicators.path("orders").asLong()).as("the external customer's order is not counted").isEqualTo(2);
        assertRate(indicators.path("damage"), 1, 20);
        assertRate(indicators.path("loss"), 2, 20);
        assertRate(indicators.path("onTime"), 1, 2);
        assertRate(kpis.path("intact"), 17, 20);
        assertThat(kpis.path("intact").path("value").decimalValue()).isEqualByComparingTo("0.85");

        JsonNode other = kpis(api, DemoAccounts.token(api, "manager2"), "?from=2012-01-01&to=2012-12-31");
        assertThat(other.path("indicators").path("orders").asLong()).as("outside manager2's scope").isZero();
        assertThat(other.path("intact").path("value").isNull()).isTrue();

        Problems.assertProblem(api.get("/api/v1/kpis/internal-customers?from=2012-12-31&to=2012-01-01", manager), 400);
        Problems.assertProblem(api.get("/api/v1/kpis/internal-customers?from=someday", manager), 400);
    }

    private static long register(ApiClient api, String token, String relation) {
        HttpResponse<String> created = api.post("/api/v1/customers", token, """
                {"kind":"ENTERPRISE","name":"%s","regionCode":"310115","relation":"%s"}"""
                .formatted(ShipmentFixtures.uniqueName("内部"), relation));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.number(created, "$.id");
    }

    private static JsonNode kpis(ApiClient api, String token, String query) {
        HttpResponse<String> response = api.get("/api/v1/kpis/internal-customers" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ShipmentFixtures.JSON.readTree(response.body());
    }

    private static void assertRate(JsonNode rate, long numerator, long denominator) {
        assertThat(rate.path("numerator").asLong()).isEqualTo(numerator);
        assertThat(rate.path("denominator").asLong()).isEqualTo(denominator);
    }
}
