package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class ShipmentTabBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theAccountManagerSeesBusinessAndServiceOfTheirCustomer(Page page) {
        ApiClient api = new ApiClient(port);
        long customer = TestCustomers.register(api, DemoAccounts.token(api, "manager"),
                "上海业务服务%d供应链有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));
        loadSixMonths(api, customer);

        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);
        page.navigate("/customers/" + customer + "?tab=service");
        assertThat(page.locator("[data-test=tab-service]")).hasClass(Pattern.compile("active"));
        assertThat(page.locator("[data-test=tab-service]")).hasText("业务与服务");
        assertThat(page.locator("[data-field=orders]")).hasText("60");
        assertThat(page.locator("[data-field=firstOrderOn]")).hasText("2026-06-01");
        assertThat(page.locator("[data-field=lastOrderOn]")).hasText("2026-11-10");
        assertThat(page.locator("[data-kpi=onTime]")).containsText("准时送达率");
        assertThat(page.locator("[data-kpi=onTime]")).containsText("/ 60");
        assertThat(page.locator("[data-test=kpi-trend][data-drawn=true]")).hasCount(1);
        assertThat(page.locator("[data-test=kpi-trend] canvas")).hasCount(1);
        Screenshots.take(page, "customer-business-service");
    }

    /** Ten orders a month from June to November, later months ever more punctual. */
    private static void loadSixMonths(ApiClient api, long customer) {
        List<String> items = new ArrayList<>();
        for (int month = 6; month <= 11; month++) {
            for (int i = 1; i <= 10; i++) {
                boolean late = i <= 12 - month;
                String picked = "2026-%02d-%02dT08:00:00+08:00".formatted(month, i);
                String delivered = "2026-%02d-%02dT%02d:00:00+08:00".formatted(month, i + 1, late ? 20 : 9);
                items.add("""
                        {"externalId":"E2E-%d-%d","customerId":%d,"orderedOn":"2026-%02d-%02d","serviceType":"TRANSPORT",
                         "pieces":%d,"weightKg":"%d.5","revenue":"%d.00","cost":"%d.00","pickedUpAt":"%s",
                         "promisedAt":"2026-%02d-%02dT18:00:00+08:00","deliveredAt":"%s","damagedPieces":%d,
                         "wrongDispatch":%s}""".formatted(month, i, customer, month, i, 10 + i, 100 * i, 800 + 50 * i,
                        500 + 30 * i, picked, month, i + 1, delivered, i == month - 5 ? 1 : 0, i == 3 && month < 9));
            }
        }
        HttpResponse<String> loaded = api.post("/api/v1/shipments:batch", DemoAccounts.token(api, "supervisor"),
                "{\"source\":\"E2E-" + customer + "\",\"items\":[" + String.join(",", items) + "]}");
        if (loaded.statusCode() != 200 || !loaded.body().contains("\"loaded\":60")) {
            throw new IllegalStateException(loaded.body());
        }
    }
}
