package com.logicrm.classification.inactivity;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.jobs.JobProgress;
import com.logicrm.support.ApiClient;
import com.logicrm.support.ClassificationRunner;
import com.logicrm.support.ClassificationRunner.Order;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inactivity worklist (CLS-9) over the API. A classification run of a month of 2000 (no other test ships then) grades the
 * account manager's customer {@code graded} (A, the top ten); the newest run decides thresholds, so the
 * test runs it right before the refresh.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InactivityApiTests {

    private static final JobProgress QUIET = new JobProgress() {
        @Override
        public void total(long total) {
        }

        @Override
        public void done(long done) {
        }
    };
    private static int nextMonth = 1;

    @LocalServerPort
    int port;

    @Autowired
    InactivityRefresh refresh;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String manager;
    long graded;
    long ungradedRecent;
    long ungradedSilent;
    long active;
    long headOffice;

    @BeforeEach
    void customersFallingSilent() {
        api = new ApiClient(port);
        manager = DemoAccounts.token(api, "manager");
        String stamp = Long.toString(System.nanoTime() % 1_000_000_000L);
        graded = TestCustomers.register(api, manager, "上海沉默甲级物流" + stamp + "有限公司");
        ungradedRecent = TestCustomers.register(api, manager, "上海沉默新近物流" + stamp + "有限公司");
        ungradedSilent = TestCustomers.register(api, manager, "上海沉默已久物流" + stamp + "有限公司");
        active = TestCustomers.register(api, manager, "上海活跃物流" + stamp + "有限公司");
        headOffice = TestCustomers.register(api, DemoAccounts.token(api, "supervisor"), "总部沉默物流" + stamp + "有限公司");
        LocalDate today = LocalDate.now();
        String month = "2000-%02d".formatted(nextMonth++);
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"), List.of(
                new Order(graded, month + "-10", "TRANSPORT", 1, "9000.00", "1000.00"),
                new Order(graded, today.minusDays(10).toString(), "TRANSPORT", 1, "900.00", "100.00"),
                new Order(ungradedRecent, today.minusDays(10).toString(), "TRANSPORT", 1, "900.00", "100.00"),
                new Order(ungradedSilent, today.minusDays(40).toString(), "TRANSPORT", 1, "900.00", "100.00"),
                new Order(active, today.minusDays(1).toString(), "TRANSPORT", 1, "900.00", "100.00"),
                new Order(headOffice, today.minusDays(40).toString(), "TRANSPORT", 1, "900.00", "100.00")));
        HttpResponse<String> run = ClassificationRunner.run(api, DemoAccounts.token(api, "supervisor"), """
                {"periodFrom":"%s-01","periodTo":"%s-28","basis":"REVENUE"}""".formatted(month, month));
        assertThat(Json.text(run, "$.state")).as(run.body()).isEqualTo("SUCCEEDED");
        refresh.refresh(QUIET);
    }

    /** The whole worklist the user sees, page after page: the shared database holds other tests' silent customers too. */
    private Map<Long, Map<String, Object>> worklist(String token, String query) {
        Map<Long, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
        String after = "";
        while (after != null) {
            HttpResponse<String> page = api.get("/api/v1/classification/inactivity?size=200" + query + after, token);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            for (Map<String, Object> line : Json.<List<Map<String, Object>>>read(page, "$.customers")) {
                byId.put(((Number) line.get("customerId")).longValue(), line);
            }
            Object next = Json.read(page, "$.nextAfterDate");
            after = next == null ? null : "&afterDate=" + next + "&afterId=" + Json.number(page, "$.nextAfterId");
        }
        return byId;
    }

    @Test
    void eachGradeIsListedAfterItsOwnNumberOfDays() {
        Map<Long, Map<String, Object>> listed = worklist(manager, "");
        assertThat(listed).containsKeys(graded, ungradedSilent).doesNotContainKeys(ungradedRecent, active, headOffice);
        assertThat(listed.get(graded)).containsEntry("grade", "A").containsEntry("thresholdDays", 7)
                .containsEntry("daysSilent", 10).containsEntry("lastOrderOn", LocalDate.now().minusDays(10).toString());
        assertThat(listed.get(graded).get("name").toString()).startsWith("上海沉默甲级物流");
        assertThat(listed.get(ungradedSilent)).containsEntry("grade", null).containsEntry("thresholdDays", 30)
                .containsEntry("daysSilent", 40);
        assertThat(worklist(manager, "&grade=A")).containsKey(graded).doesNotContainKey(ungradedSilent);
        assertThat(worklist(manager, "&grade=UNGRADED")).containsKey(ungradedSilent).doesNotContainKey(graded);
        assertThat(worklist(DemoAccounts.token(api, "supervisor"), "")).containsKeys(graded, ungradedSilent, headOffice);
    }

    @Test
    void theLongestSilentComeFirstAndPagesContinue() {
        Map<Long, Map<String, Object>> listed = worklist(manager, "");
        List<Long> ids = List.copyOf(listed.keySet());
        assertThat(ids.indexOf(ungradedSilent)).isLessThan(ids.indexOf(graded));
        HttpResponse<String> first = api.get("/api/v1/classification/inactivity?size=1", manager);
        assertThat(Json.<List<Object>>read(first, "$.customers")).hasSize(1);
        HttpResponse<String> second = api.get("/api/v1/classification/inactivity?size=1&afterDate="
                + Json.text(first, "$.nextAfterDate") + "&afterId=" + Json.number(first, "$.nextAfterId"), manager);
        assertThat(Json.number(second, "$.customers[0].customerId"))
                .isNotEqualTo(Json.number(first, "$.customers[0].customerId"));
    }

    @Test
    void theReasonFoundIsRecordedAuditedAndTakesTheCustomerOffTheList() {
        HttpResponse<String> resolved = api.post("/api/v1/classification/inactivity/" + ungradedSilent + "/resolution",
                manager, "{\"reason\":\"COMPETITOR\",\"note\":\"价格更低的同行\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(204);
        assertThat(worklist(manager, "")).doesNotContainKey(ungradedSilent).containsKey(graded);
        assertThat(jdbc.sql("select reason, note, resolved_by from classification.inactivity_item "
                + "where customer_id = ? and resolved").param(ungradedSilent)
                .query((row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3)).single())
                .isEqualTo("COMPETITOR|价格更低的同行|manager");
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'INACTIVITY_FOLLOWED_UP' "
                + "and target_id = ?").param(String.valueOf(ungradedSilent)).query(Long.class).single()).isEqualTo(1);

        refresh.refresh(QUIET);
        assertThat(worklist(manager, "")).as("a resolved silence stays resolved").doesNotContainKey(ungradedSilent);
        Problems.assertProblem(api.post("/api/v1/classification/inactivity/" + ungradedSilent + "/resolution",
                manager, "{\"reason\":\"PRICE\"}"), 404);
    }

    @Test
    void aCustomerWhoOrdersAgainLeavesTheListAtTheNextRefresh() {
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"), List.of(
                new Order(graded, LocalDate.now().toString(), "TRANSPORT", 1, "900.00", "100.00")));
        refresh.refresh(QUIET);
        assertThat(worklist(manager, "")).doesNotContainKey(graded).containsKey(ungradedSilent);
    }

    @Test
    void badInputIsRefused() {
        String path = "/api/v1/classification/inactivity/" + graded + "/resolution";
        HttpResponse<String> noNote = api.post(path, manager, "{\"reason\":\"OTHER\"}");
        assertThat(Problems.assertProblem(noNote, 400)).contains("其他");
        assertThat(Json.text(noNote, "$.errors[0].field")).isEqualTo("note");
        HttpResponse<String> noReason = api.post(path, manager, "{}");
        Problems.assertProblem(noReason, 400);
        assertThat(Json.text(noReason, "$.errors[0].field")).isEqualTo("reason");
        Problems.assertProblem(api.post(path, manager, "{\"reason\":\"WEATHER\"}"), 400);
        Problems.assertProblem(api.post(path, manager, "{\"reason\":\"OTHER\",\"note\":\"" + "长".repeat(501) + "\"}"),
                400);
        Problems.assertProblem(api.post("/api/v1/classification/inactivity/" + headOffice + "/resolution", manager,
                "{\"reason\":\"PRICE\"}"), 404);
        Problems.assertProblem(api.post("/api/v1/classification/inactivity/" + active + "/resolution", manager,
                "{\"reason\":\"PRICE\"}"), 404);
        Problems.assertProblem(api.get("/api/v1/classification/inactivity?grade=E", manager), 400);
        Problems.assertProblem(api.post(path, DemoAccounts.token(api, "gm"), "{\"reason\":\"PRICE\"}"), 403);
        Problems.assertProblem(api.post("/api/v1/classification/inactivity/refresh", manager, ""), 403);
        assertThat(worklist(manager, "")).as("nothing was resolved").containsKey(graded);
    }

    @Test
    void theThresholdsAreShown() {
        HttpResponse<String> thresholds = api.get("/api/v1/classification/inactivity/thresholds", manager);
        assertThat(Json.number(thresholds, "$.A")).isEqualTo(7);
        assertThat(Json.number(thresholds, "$.D")).isEqualTo(60);
        assertThat(Json.number(thresholds, "$.UNGRADED")).isEqualTo(30);
    }
}
