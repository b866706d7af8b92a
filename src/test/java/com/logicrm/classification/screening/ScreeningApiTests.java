package com.logicrm.classification.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.ClassificationRunner;
import com.logicrm.support.ClassificationRunner.Order;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The year-end screening over the API (CLS-8). The account manager's own customers ship and are invoiced
 * in 2012 (and 2011 for growth); the supervisor's customer ships too but is outside the manager's scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreeningApiTests {

    private static final int YEAR = 2012;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScreeningCarryOver carryOver;

    ApiClient api;
    String manager;
    long keep;
    long watch;
    long drop;
    long headOffice;

    @BeforeEach
    void customersWithAYearOfBusiness() {
        api = new ApiClient(port);
        manager = DemoAccounts.token(api, "manager");
        String stamp = Long.toString(System.nanoTime() % 1_000_000_000L);
        keep = TestCustomers.register(api, manager, "上海筛选保留物流" + stamp + "有限公司");
        watch = TestCustomers.register(api, manager, "上海筛选观察物流" + stamp + "有限公司");
        drop = TestCustomers.register(api, manager, "上海筛选淘汰物流" + stamp + "有限公司");
        headOffice = TestCustomers.register(api, DemoAccounts.token(api, "supervisor"), "总部筛选物流" + stamp + "有限公司");
        List<Order> orders = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            orders.add(new Order(keep, "%d-%02d-15".formatted(YEAR, month), "TRANSPORT", 2, "5000.00", "3000.00"));
            if (month <= 10) {
                orders.add(new Order(keep, "%d-%02d-15".formatted(YEAR - 1, month), "TRANSPORT", 2, "5000.00",
                        "3000.00"));
            }
            if (month <= 4) {
                orders.add(new Order(watch, "%d-%02d-10".formatted(YEAR, month), "EXPRESS", 1, "2000.00", "1500.00"));
            }
        }
        orders.add(new Order(drop, YEAR + "-03-03", "TRANSPORT", 1, "800.00", "700.00"));
        orders.add(new Order(headOffice, YEAR + "-05-05", "TRANSPORT", 1, "9000.00", "1000.00"));
        String finance = DemoAccounts.token(api, "finance");
        ClassificationRunner.load(api, finance, orders);
        String source = "SCR-" + stamp;
        HttpResponse<String> invoices = api.post("/api/v1/invoices:batch", finance, """
                {"source":"%s","items":[
                 {"number":"K-%s","customerId":%d,"issuedOn":"%d-06-01","dueOn":"%d-07-01","amount":"10000.00","currency":"CNY"},
                 {"number":"D-%s","customerId":%d,"issuedOn":"%d-03-05","dueOn":"%d-04-05","amount":"800.00","currency":"CNY"}]}"""
                .formatted(source, stamp, keep, YEAR, YEAR, stamp, drop, YEAR, YEAR));
        assertThat(invoices.statusCode()).as(invoices.body()).isEqualTo(200);
        HttpResponse<String> payments = api.post("/api/v1/payments:batch", finance, """
                {"source":"%s","items":[{"externalId":"P-%s","customerId":%d,"paidOn":"%d-06-20","amount":"10000.00"}]}"""
                .formatted(source, stamp, keep, YEAR));
        assertThat(payments.statusCode()).as(payments.body()).isEqualTo(200);
    }

    private long screen(String token, int year) {
        HttpResponse<String> started = api.post("/api/v1/classification/screenings", token, "{\"year\":" + year + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> screening = api.get(location, token);
            String state = Json.text(screening, "$.state");
            if ("SUCCEEDED".equals(state)) {
                return Json.number(screening, "$.id");
            }
            assertThat(state).as(screening.body()).isNotEqualTo("FAILED");
            assertThat(Instant.now()).as("screening still " + state).isBefore(deadline);
            sleep();
        }
    }

    private HttpResponse<String> line(long screening, long customer) {
        return api.get("/api/v1/classification/screenings/" + screening + "/customers/" + customer, manager);
    }

    private List<Long> listed(long screening, String query) {
        HttpResponse<String> page = api.get("/api/v1/classification/screenings/" + screening + "/customers?size=200"
                + query, manager);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Json.<List<Number>>read(page, "$.lines[*].customerId").stream().map(Number::longValue).toList();
    }

    @Test
    void theFiveMeasuresCarryTheirNumbersAndTheRulesRecommend() {
        long screening = screen(manager, YEAR);
        HttpResponse<String> kept = line(screening, keep);
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        assertThat(Json.text(kept, "$.recommendation")).isEqualTo("KEEP");
        assertThat(Json.<Object>read(kept, "$.measures.revenue").toString()).isEqualTo("60000.0");
        assertThat(Json.<Object>read(kept, "$.measures.previousRevenue").toString()).isEqualTo("50000.0");
        assertThat(Json.<Object>read(kept, "$.measures.growth").toString()).isEqualTo("20.0");
        assertThat(Json.<Object>read(kept, "$.measures.marginRate").toString()).isEqualTo("40.0");
        assertThat(Json.number(kept, "$.measures.orders")).isEqualTo(12);
        assertThat(Json.number(kept, "$.measures.activeMonths")).isEqualTo(12);
        assertThat(Json.number(kept, "$.measures.invoicesDue")).isEqualTo(1);
        assertThat(Json.number(kept, "$.measures.paidOnTime")).isEqualTo(1);
        assertThat(Json.text(kept, "$.measures.stage")).isEqualTo("POTENTIAL");
        assertThat(Json.text(kept, "$.name")).startsWith("上海筛选保留物流");

        HttpResponse<String> dropped = line(screening, drop);
        assertThat(Json.text(dropped, "$.recommendation")).isEqualTo("DROP");
        assertThat(Json.<List<String>>read(dropped, "$.findings")).contains("revenueVeryLow", "overdueVeryHigh",
                "paysLate");
        assertThat(Json.<Object>read(dropped, "$.measures.overdue").toString()).isEqualTo("800.0");
        assertThat(Json.<Object>read(dropped, "$.measures.overdueShare").toString()).isEqualTo("100.0");

        HttpResponse<String> watched = line(screening, watch);
        assertThat(Json.text(watched, "$.recommendation")).isEqualTo("WATCH");
        assertThat(Json.<List<String>>read(watched, "$.findings")).containsExactly("revenueLow");
    }

    @Test
    void aScreeningCoversTheDataScopeOfWhoeverStartedIt() {
        long mine = screen(manager, YEAR);
        assertThat(listed(mine, "")).contains(keep, watch, drop).doesNotContain(headOffice);
        Problems.assertProblem(line(mine, headOffice), 404);

        long company = screen(DemoAccounts.token(api, "supervisor"), YEAR);
        assertThat(listed(company, "")).as("the manager reads the company's screening within their own scope")
                .contains(keep, watch, drop).doesNotContain(headOffice);
        Problems.assertProblem(api.put("/api/v1/classification/screenings/" + company + "/customers/" + headOffice
                + "/decision", manager, "{\"decision\":\"DROP\",\"reason\":\"不是我的客户\"}"), 404);
    }

    @Test
    void aDecisionWithItsReasonIsAuditedFilteredAndFiledInTheNextYearsArchive() {
        long screening = screen(manager, YEAR);
        assertThat(listed(screening, "&recommendation=DROP")).contains(drop).doesNotContain(keep, watch);

        HttpResponse<String> decided = api.put("/api/v1/classification/screenings/" + screening + "/customers/" + drop
                + "/decision", manager, "{\"decision\":\"DROP\",\"reason\":\"连续两季度拖欠运费\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(Json.text(decided, "$.decision")).isEqualTo("DROP");
        assertThat(Json.text(decided, "$.decisionReason")).isEqualTo("连续两季度拖欠运费");
        assertThat(Json.text(decided, "$.decidedBy")).isEqualTo("manager");
        String catalogueNo = Json.text(decided, "$.catalogueNo");
        assertThat(catalogueNo).matches("1-" + (YEAR + 1) + "-\\d{3}");

        HttpResponse<String> entries = api.get("/api/v1/customers/" + drop + "/archive/entries?year=" + (YEAR + 1),
                manager);
        assertThat(entries.statusCode()).as(entries.body()).isEqualTo(200);
        assertThat(Json.<List<String>>read(entries, "$[*].catalogueNo")).contains(catalogueNo);
        assertThat(entries.body()).contains(YEAR + " 年度年末筛选决定：淘汰", "连续两季度拖欠运费",
                "\"entryDate\":\"" + (YEAR + 1) + "-01-01\"");
        assertThat(jdbc.sql("""
                select count(*) from access.audit_event
                where action = 'SCREENING_DECIDED' and target_id = ? and summary like ?""")
                .params(String.valueOf(drop), "%连续两季度拖欠运费%").query(Long.class).single()).isEqualTo(1);

        assertThat(listed(screening, "&decision=DROP")).containsExactly(drop);
        assertThat(listed(screening, "&undecided=true")).contains(keep, watch).doesNotContain(drop);
    }

    @Test
    void aDecisionLeftWaitingIsFiledByTheCarryOverOnceItsYearHasBegun() {
        long screening = screen(manager, YEAR);
        HttpResponse<String> decided = api.put("/api/v1/classification/screenings/" + screening + "/customers/" + watch
                + "/decision", manager, "{\"decision\":\"WATCH\",\"reason\":\"采购额下降，年中复查\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        // as if it had been decided before the next year began
        jdbc.sql("update classification.screening_result set catalogue_no = null where screening_id = ? and customer_id = ?")
                .params(screening, watch).update();
        assertThat(carryOver.fileDue()).isPositive();
        String filed = Json.text(line(screening, watch), "$.catalogueNo");
        assertThat(filed).matches("1-" + (YEAR + 1) + "-\\d{3}").isNotEqualTo(Json.text(decided, "$.catalogueNo"));
    }

    @Test
    void aDecisionOnThisYearWaitsForNextYearsArchive() {
        int thisYear = LocalDate.now().getYear();
        long recent = TestCustomers.register(api, manager, "上海筛选本年物流" + System.nanoTime() + "有限公司");
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"),
                List.of(new Order(recent, LocalDate.now().withDayOfMonth(1).toString(), "TRANSPORT", 1, "3000.00",
                        "1000.00")));
        long screening = screen(manager, thisYear);
        HttpResponse<String> decided = api.put("/api/v1/classification/screenings/" + screening + "/customers/"
                + recent + "/decision", manager, "{\"decision\":\"KEEP\",\"reason\":\"新客户，继续培养\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(Json.<Object>read(decided, "$.catalogueNo")).isNull();
        carryOver.fileDue();
        assertThat(Json.<Object>read(line(screening, recent), "$.catalogueNo")).as("next year has not begun").isNull();
        assertThat(api.get("/api/v1/customers/" + recent + "/archive/entries", manager).body())
                .doesNotContain("年末筛选决定");
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNeverHalfDone() {
        HttpResponse<String> contradictory = api.post("/api/v1/classification/screenings", manager, """
                {"year":2012,"rules":{"watchRevenueBelow":1000,"dropRevenueBelow":5000}}""");
        assertThat(Problems.assertProblem(contradictory, 400)).contains("矛盾");
        assertThat(Json.text(contradictory, "$.errors[0].field")).isEqualTo("dropRevenueBelow");
        Problems.assertProblem(api.post("/api/v1/classification/screenings", manager, """
                {"year":2012,"rules":{"watchOverdueAbove":60,"dropOverdueAbove":40}}"""), 400);
        Problems.assertProblem(api.post("/api/v1/classification/screenings", manager, "{\"year\":1999}"), 400);
        Problems.assertProblem(api.post("/api/v1/classification/screenings", manager,
                "{\"year\":" + (LocalDate.now().getYear() + 1) + "}"), 400);
        Problems.assertProblem(api.post("/api/v1/classification/screenings", manager, "{}"), 400);
        Problems.assertProblem(api.post("/api/v1/classification/screenings", DemoAccounts.token(api, "service"),
                "{\"year\":2012}"), 403);
        Problems.assertProblem(api.get("/api/v1/classification/screenings/999999999", manager), 404);

        long screening = screen(manager, YEAR);
        String path = "/api/v1/classification/screenings/" + screening + "/customers/" + keep + "/decision";
        assertThat(field(api.put(path, manager, "{\"reason\":\"理由\"}"))).isEqualTo("decision");
        assertThat(field(api.put(path, manager, "{\"decision\":\"KEEP\",\"reason\":\"  \"}"))).isEqualTo("reason");
        assertThat(field(api.put(path, manager, "{\"decision\":\"KEEP\",\"reason\":\"" + "长".repeat(501) + "\"}")))
                .isEqualTo("reason");
        Problems.assertProblem(api.put(path, manager, "{\"decision\":\"MAYBE\",\"reason\":\"理由\"}"), 400);
        Problems.assertProblem(api.put("/api/v1/classification/screenings/" + screening + "/customers/999999999/decision",
                manager, "{\"decision\":\"KEEP\",\"reason\":\"理由\"}"), 404);
        assertThat(Json.<Object>read(line(screening, keep), "$.decision")).as("nothing recorded").isNull();
        assertThat(api.get("/api/v1/customers/" + keep + "/archive/entries", manager).body())
                .doesNotContain("年末筛选决定");
    }

    @Test
    void theApiIsDescribed() {
        HttpResponse<String> docs = api.get("/v3/api-docs", null);
        assertThat(docs.body()).contains("/api/v1/classification/screenings",
                "/api/v1/classification/screenings/{id}/customers/{customerId}/decision",
                "/api/v1/classification/inactivity", "/api/v1/classification/inactivity/{customerId}/resolution");
    }

    /** The field a 400 names. */
    static String field(HttpResponse<String> refused) {
        Problems.assertProblem(refused, 400);
        return Json.text(refused, "$.errors[0].field");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
