package com.logicrm.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.BrowserSession;
import com.logicrm.support.ClassificationRunner;
import com.logicrm.support.ClassificationRunner.Order;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.TestCustomers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A run's customers one by one, named, as each reader's data scope allows: the account manager their
 * own, the sales admin their department's (Shanghai), the supervisor everyone. The run classifies a
 * month of 2003 (June on) that only this test ships in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunCustomerScopeTests {

    private static final AtomicInteger NEXT_MONTH = new AtomicInteger();

    @LocalServerPort
    int port;

    ApiClient api;
    String supervisor;
    Map<Long, String> managers = new LinkedHashMap<>();
    Map<Long, String> sales = new LinkedHashMap<>();
    Map<Long, String> headOffice = new LinkedHashMap<>();
    long run;

    @BeforeEach
    void classifyCustomersOfThreeOwners() {
        api = new ApiClient(port);
        supervisor = DemoAccounts.token(api, "supervisor");
        String stamp = Long.toString(System.nanoTime() % 1_000_000_000L);
        register("manager", "上海范围经理物流%s有限公司%d", stamp, managers);
        register("sales", "上海范围内勤物流%s有限公司%d", stamp, sales);
        register("supervisor", "总部范围主管物流%s有限公司%d", stamp, headOffice);
        String month = YearMonth.of(2003, 6).plusMonths(NEXT_MONTH.getAndIncrement()).toString();
        List<Order> orders = new ArrayList<>();
        int day = 1;
        for (Map<Long, String> owned : List.of(managers, sales, headOffice)) {
            for (long id : owned.keySet()) {
                orders.add(new Order(id, "%s-%02d".formatted(month, day),
                        "TRANSPORT", 1, (1000 + 100 * day) + ".00", "400.00"));
                day++;
            }
        }
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"), orders);
        HttpResponse<String> finished = ClassificationRunner.run(api, supervisor, """
                {"periodFrom":"%s-01","periodTo":"%s-28","basis":"REVENUE"}""".formatted(month, month));
        assertThat(Json.text(finished, "$.state")).as(finished.body()).isEqualTo("SUCCEEDED");
        run = Json.number(finished, "$.id");
    }

    private void register(String user, String pattern, String stamp, Map<Long, String> into) {
        String token = DemoAccounts.token(api, user);
        for (int i = 0; i < 2; i++) {
            String name = pattern.formatted(stamp, i);
            into.put(TestCustomers.register(api, token, name), name);
        }
    }

    private Map<Long, String> seenBy(String user) {
        HttpResponse<String> page = api.get("/api/v1/classification/runs/" + run + "/customers?size=200",
                DemoAccounts.token(api, user));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Map<Long, String> seen = new LinkedHashMap<>();
        for (Map<String, Object> line : Json.<List<Map<String, Object>>>read(page, "$")) {
            seen.put(((Number) line.get("customerId")).longValue(), (String) line.get("name"));
            assertThat(line).containsKeys("archiveNo", "grade", "rank", "revenue");
        }
        return seen;
    }

    @Test
    void anAccountManagerSeesOnlyTheirOwnCustomersByName() {
        assertThat(seenBy("manager")).containsExactlyInAnyOrderEntriesOf(managers);
    }

    @Test
    void aSalesAdminSeesTheirDepartmentAndTheSupervisorEveryone() {
        Map<Long, String> shanghai = new LinkedHashMap<>(managers);
        shanghai.putAll(sales);
        assertThat(seenBy("sales")).containsExactlyInAnyOrderEntriesOf(shanghai);
        Map<Long, String> everyone = new LinkedHashMap<>(shanghai);
        everyone.putAll(headOffice);
        assertThat(seenBy("supervisor")).containsExactlyInAnyOrderEntriesOf(everyone);
    }

    @Test
    void pagesContinueAfterTheLastRankShownWithinTheScope() {
        String manager = DemoAccounts.token(api, "manager");
        HttpResponse<String> first = api.get("/api/v1/classification/runs/" + run + "/customers?size=1", manager);
        assertThat(Json.<List<Object>>read(first, "$")).hasSize(1);
        String after = first.headers().firstValue("X-Next-After").orElseThrow();
        HttpResponse<String> second = api.get("/api/v1/classification/runs/" + run + "/customers?size=1&after=" + after,
                manager);
        assertThat(Json.<List<Object>>read(second, "$")).hasSize(1);
        List<Long> both = List.of(Json.number(first, "$[0].customerId"), Json.number(second, "$[0].customerId"));
        assertThat(both).containsExactlyInAnyOrderElementsOf(managers.keySet());
        String last = second.headers().firstValue("X-Next-After").orElse(null);
        if (last != null) {
            assertThat(Json.<List<Object>>read(api.get("/api/v1/classification/runs/" + run + "/customers?size=1&after="
                    + last, manager), "$")).isEmpty();
        }
    }

    @Test
    void theDrillDownPageNamesTheCustomersInTheReadersScope() {
        BrowserSession manager = new BrowserSession(port);
        manager.signIn("manager", DemoAccounts.PASSWORD);
        HttpResponse<String> page = manager.get("/classification/runs/" + run + "/customers");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(managers.values()).doesNotContain(headOffice.values())
                .doesNotContain(sales.values());
    }
}
