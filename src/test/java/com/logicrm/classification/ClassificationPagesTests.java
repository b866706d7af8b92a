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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The classification page over plain HTTP: who sees what, the form's refusals, the progress fragment, the drill-down list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassificationPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRunFormIsForThoseWhoMayRunAndThePageForThoseWhoMayRead() {
        BrowserSession supervisor = signedIn("supervisor");
        HttpResponse<String> page = supervisor.get("/classification");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-test=\"run-form\"", "客户归类", "历次归类");

        BrowserSession manager = signedIn("manager");
        HttpResponse<String> readOnly = manager.get("/classification");
        assertThat(readOnly.statusCode()).isEqualTo(200);
        assertThat(readOnly.body()).doesNotContain("data-test=\"run-form\"");

        assertThat(signedIn("service").get("/classification").statusCode()).isEqualTo(403);
    }

    @Test
    void overlappingThresholdsFromTheFormComeBackAsAMessage() {
        BrowserSession supervisor = signedIn("supervisor");
        String csrf = supervisor.csrfTokenOf("/classification");
        HttpResponse<String> refused = supervisor.postForm("/classification/runs", Map.of("_csrf", csrf,
                "periodFrom", "2016-01-01", "periodTo", "2016-12-31", "basis", "REVENUE", "aPercent", "30",
                "bPercent", "20"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/classification");
        assertThat(supervisor.get("/classification").body()).contains("data-test=\"flash-error\"", "阈值相互重叠");
    }

    @Test
    void aRunFromTheFormShowsItsChartsAndItsCustomersByClass() {
        ApiClient api = new ApiClient(port);
        String manager = DemoAccounts.token(api, "manager");
        List<Long> ids = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long id = TestCustomers.register(api, manager, "上海页面归类物流有限公司%d".formatted(i));
            ids.add(id);
            orders.add(new Order(id, "2016-03-%02d".formatted(i + 1), "TRANSPORT", 1, (1000 + 100 * i) + ".00",
                    "500.00"));
        }
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"), orders);

        BrowserSession supervisor = signedIn("supervisor");
        String csrf = supervisor.csrfTokenOf("/classification");
        HttpResponse<String> started = supervisor.postForm("/classification/runs", Map.of("_csrf", csrf,
                "periodFrom", "2016-03-01", "periodTo", "2016-03-31", "basis", "REVENUE", "rfmLevels", "4",
                "referenceDate", "2016-04-30"));
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        long run = Long.parseLong(location.substring(location.indexOf("run=") + 4));
        HttpResponse<String> finished = ClassificationRunner.awaitFinished(api, DemoAccounts.token(api, "supervisor"),
                "/api/v1/classification/runs/" + run);
        assertThat(Json.number(finished, "$.rfmLevels")).isEqualTo(4);
        assertThat(Json.text(finished, "$.referenceDate")).isEqualTo("2016-04-30");

        HttpResponse<String> progress = supervisor.get("/classification/runs/" + run + "/progress");
        assertThat(progress.headers().firstValue("HX-Refresh")).contains("true");
        HttpResponse<String> page = supervisor.get("/classification?run=" + run);
        assertThat(page.body()).contains("data-test=\"abc-chart\"", "data-counts=\"10,2,0,0\"",
                "data-test=\"pareto-chart\"", "echarts.min.js", "12 个客户");

        assertThat(page.body()).contains("data-test=\"rfm-chart\"", "data-test=\"scatter-chart\"",
                "data-test=\"purchase-decile-chart\"", "data-test=\"star-chart\"", "data-test=\"loyalty-model\"",
                "data-test=\"quadrant-table\"", "data-test=\"service-table\"", "忠诚度模型", "最佳且忠诚");

        // the drill-down by star: exactly the customers with that star, the filter shown
        HttpResponse<String> api5 = api.get("/api/v1/classification/runs/" + run + "/customers?size=200",
                DemoAccounts.token(api, "supervisor"));
        List<Map<String, Object>> lines = Json.read(api5, "$");
        Object star = lines.get(0).get("star");
        HttpResponse<String> ofStar = supervisor.get("/classification/runs/" + run + "/customers?star=" + star);
        assertThat(ofStar.statusCode()).isEqualTo(200);
        assertThat(ofStar.body()).contains("data-test=\"filter\"", "星级");
        assertThat(ofStar.body().split("data-customer=\"", -1).length - 1)
                .isEqualTo((int) lines.stream().filter(line -> line.get("star").equals(star)).count());

        // the customer's page has the classification tab with its grade and scores
        BrowserSession owner = signedIn("manager");
        HttpResponse<String> tab = owner.get("/customers/" + ids.get(11) + "?tab=classification");
        assertThat(tab.statusCode()).isEqualTo(200);
        assertThat(tab.body()).contains("data-test=\"classification-tab\"", "data-test=\"grade-history\"",
                "data-test=\"loyalty-inputs\"", "data-run=\"" + run + "\"", "归类与评价", "客户价值");
        HttpResponse<String> unclassified = owner.get("/customers/" + TestCustomers.register(api, manager,
                "上海未归类物流有限公司") + "?tab=classification");
        assertThat(unclassified.body()).contains("data-test=\"no-classification\"");

        HttpResponse<String> classB = supervisor.get("/classification/runs/" + run + "/customers?grade=B");
        assertThat(classB.statusCode()).isEqualTo(200);
        // the two lowest revenues are the first two customers registered
        assertThat(classB.body()).contains("data-customer=\"" + ids.get(1) + "\"", "data-customer=\"" + ids.get(0) + "\"")
                .doesNotContain("data-customer=\"" + ids.get(2) + "\"");
    }

    @Test
    void aWaitingRunShowsItsProgressBarAndAnEmptyRunSaysSo() {
        long waiting = jdbc.sql("""
                insert into classification.run (period_from, period_to, basis, rules, reference_date, started_by)
                values ('2016-05-01', '2016-05-31', 'REVENUE', '{"abc":null,"rfmLevels":5}', '2016-06-01', 'test')
                returning id""").query(Long.class).single();
        BrowserSession supervisor = signedIn("supervisor");
        try {
            HttpResponse<String> progress = supervisor.get("/classification/runs/" + waiting + "/progress");
            assertThat(progress.statusCode()).isEqualTo(200);
            assertThat(progress.headers().firstValue("HX-Refresh")).isEmpty();
            assertThat(progress.body()).contains("data-test=\"progress\"", "hx-get=\"/classification/runs/" + waiting
                    + "/progress\"", "正在归类", "aria-valuenow=\"0\"");
            assertThat(supervisor.get("/classification").body()).as("the waiting run is the one shown")
                    .contains("第 " + waiting + " 次归类", "data-test=\"progress\"");
        } finally {
            jdbc.sql("update classification.run set state = 'FAILED' where id = ?").param(waiting).update();
        }

        ApiClient api = new ApiClient(port);
        HttpResponse<String> empty = ClassificationRunner.run(api, DemoAccounts.token(api, "supervisor"), """
                {"periodFrom":"2016-07-01","periodTo":"2016-07-31"}""");
        HttpResponse<String> page = supervisor.get("/classification?run=" + Json.number(empty, "$.id"));
        assertThat(page.body()).contains("data-test=\"no-customers\"").doesNotContain("data-test=\"abc-chart\"",
                "echarts.min.js");
    }

    @Test
    void aGradeIsSetByHandOnTheCustomersTabWithAReasonAndRevoked() {
        ApiClient api = new ApiClient(port);
        long customer = TestCustomers.register(api, DemoAccounts.token(api, "manager"), "上海人工定级物流有限公司");
        String tab = tabOf(customer);
        BrowserSession supervisor = signedIn("supervisor");
        assertThat(supervisor.get(tab).body()).contains("data-test=\"override-form\"", "data-test=\"no-override\"",
                "人工设定等级");

        HttpResponse<String> set = setGrade(supervisor, customer, "A", "战略合作客户，按合同享受 VIP 服务");
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith(tab);
        HttpResponse<String> shown = supervisor.get(tab);
        assertThat(shown.body()).contains("data-test=\"flash\"", "已将该客户的等级人工设定为 A 类",
                "data-test=\"current-override\"", "战略合作客户，按合同享受 VIP 服务", "设定人 supervisor",
                "data-test=\"revoke-override\"");
        assertThat(jdbc.sql("""
                select count(*) from access.audit_event where action = 'CUSTOMER_GRADE_SET' and target_id = ?""")
                .param(Long.toString(customer)).query(Long.class).single()).isEqualTo(1);
        HttpResponse<String> api5 = api.get("/api/v1/classification/overrides/" + customer,
                DemoAccounts.token(api, "supervisor"));
        assertThat(Json.text(api5, "$.grade")).isEqualTo("A");

        HttpResponse<String> revoked = supervisor.postForm("/classification/overrides/" + customer + "/revoke",
                Map.of("_csrf", supervisor.csrfTokenOf(tab)));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(supervisor.get(tab).body()).contains("已撤销人工设定的等级", "data-test=\"no-override\"")
                .doesNotContain("data-test=\"current-override\"");
        assertThat(api.get("/api/v1/classification/overrides/" + customer, DemoAccounts.token(api, "supervisor"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aGradeWithoutReasonOrOfNoClassComesBackAsAMessage() {
        ApiClient api = new ApiClient(port);
        BrowserSession supervisor = signedIn("supervisor");
        long customer = TestCustomers.register(api, DemoAccounts.token(api, "manager"), "上海定级无因物流有限公司");
        String tab = tabOf(customer);
        HttpResponse<String> noReason = setGrade(supervisor, customer, "B", "  ");
        assertThat(noReason.statusCode()).isEqualTo(302);
        assertThat(supervisor.get(tab).body()).contains("data-test=\"flash-error\"", "请填写调整原因",
                "data-test=\"no-override\"");

        HttpResponse<String> noClass = setGrade(supervisor, customer, "E", "试一试");
        assertThat(noClass.statusCode()).isEqualTo(302);
        assertThat(supervisor.get(tab + "&lang=en").body()).contains("data-test=\"flash-error\"",
                "Choose a grade: A, B, C or D.");
        assertThat(api.get("/api/v1/classification/overrides/" + customer, DemoAccounts.token(api, "supervisor"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void whoMayNotRunClassificationsSeesNoGradeFormAndIsRefused() {
        ApiClient api = new ApiClient(port);
        String token = DemoAccounts.token(api, "manager");
        long customer = TestCustomers.register(api, token, "上海无权定级物流有限公司");
        String tab = tabOf(customer);
        BrowserSession manager = signedIn("manager");
        HttpResponse<String> page = manager.get(tab);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-test=\"grade-override\"")
                .doesNotContain("data-test=\"override-form\"");
        HttpResponse<String> refused = setGrade(manager, customer, "A", "我的客户");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(manager.postForm("/classification/overrides/" + customer + "/revoke", Map.of("_csrf",
                manager.csrfTokenOf(tab))).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/classification/overrides/" + customer, token).statusCode()).isEqualTo(404);
    }

    @Test
    void starRulesFromTheFormGoIntoTheRun() {
        BrowserSession supervisor = signedIn("supervisor");
        HttpResponse<String> page = supervisor.get("/classification");
        assertThat(page.body()).contains("data-test=\"star-rules\"", "星级规则", "name=\"star5MaxDecile\" value=\"1\"",
                "name=\"star2MinLoyalty\" value=\"0.2\"", "name=\"starBaseVisits\" value=\"1\"");
        Map<String, String> form = starForm(supervisor);
        form.putAll(Map.of("star5MinLoyalty", "0.9", "star5MinPotential", "0.6", "star5Visits", "24",
                "star2Visits", "3", "starBaseVisits", "2"));
        String location = startedFrom(supervisor, form);
        HttpResponse<String> run = finished(location);
        assertThat(Json.<List<Number>>read(run, "$.stars.levels[?(@.stars == 5)].visitsPerYear")).containsExactly(24);
        assertThat(Json.<List<Object>>read(run, "$.stars.levels[?(@.stars == 5)].minLoyalty").toString())
                .isEqualTo("[0.9]");
        assertThat(Json.<List<Number>>read(run, "$.stars.levels[?(@.stars == 2)].visitsPerYear")).containsExactly(3);
        assertThat(Json.number(run, "$.stars.baseVisitsPerYear")).isEqualTo(2);
        assertThat(supervisor.get(location.substring(location.indexOf("/classification"))).body())
                .as("the form starts from the shown run's rules").contains("name=\"star5Visits\" value=\"24\"");
    }

    @Test
    void contradictoryOrOverlappingStarRulesFromTheFormComeBackAsAMessage() {
        BrowserSession supervisor = signedIn("supervisor");
        Map<String, String> looser = starForm(supervisor);
        looser.put("star4MinLoyalty", "0.3");
        HttpResponse<String> refused = supervisor.postForm("/classification/runs", looser);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/classification");
        assertThat(supervisor.get("/classification").body()).contains("data-test=\"flash-error\"",
                "4A 的忠诚度门槛低于 3A，规则自相矛盾。", "name=\"star4MinLoyalty\" value=\"0.3\"");

        Map<String, String> unreadable = starForm(supervisor);
        unreadable.put("star5MaxDecile", "first");
        supervisor.postForm("/classification/runs", unreadable);
        assertThat(supervisor.get("/classification").body()).contains("十分位上限应在 1 到 10 之间");

        Map<String, String> same = starForm(supervisor);
        same.putAll(Map.of("star3MaxDecile", "7", "star3MinLoyalty", "0.2", "star3Visits", "2"));
        supervisor.postForm("/classification/runs", same);
        assertThat(supervisor.get("/classification?lang=en").body()).contains("data-test=\"flash-error\"",
                "3A and 2A have the same thresholds, so 2A can never be reached: the thresholds overlap.");
    }

    @Test
    void loyaltyWeightsAndBestVsLoyalRulesFromTheFormGoIntoTheRun() {
        BrowserSession supervisor = signedIn("supervisor");
        assertThat(supervisor.get("/classification").body()).contains("data-test=\"loyalty-quadrant-rules\"",
                "忠诚度权重与最佳/忠诚客户规则", "name=\"weightIntercept\"", "name=\"developTopPercent\"");
        Map<String, String> form = starForm(supervisor);
        form.putAll(Map.of("loyaltyMode", "MANUAL", "loyaltyThreshold", "0.7", "weightIntercept", "-3.5",
                "weightOrders", "1.2", "weightServices", "0.5", "weightQuantity", "0.05", "weightAmount", "0.2"));
        form.putAll(Map.of("bestA", "on", "developB", "on", "developC", "on", "developGrowthPercent", "15",
                "developTopPercent", "5"));

        String location = startedFrom(supervisor, form);

        HttpResponse<String> run = finished(location);
        assertThat(Json.text(run, "$.loyalty.mode")).isEqualTo("MANUAL");
        assertThat(Json.<Number>read(run, "$.loyalty.threshold").doubleValue()).isEqualTo(0.7);
        assertThat(Json.<Number>read(run, "$.loyalty.intercept").doubleValue()).isEqualTo(-3.5);
        assertThat(Json.<Number>read(run, "$.loyalty.amount").doubleValue()).isEqualTo(0.2);
        assertThat(Json.<List<String>>read(run, "$.quadrants.bestGrades")).containsExactly("A");
        assertThat(Json.<List<String>>read(run, "$.quadrants.developGrades")).containsExactly("B", "C");
        assertThat(Json.<Number>read(run, "$.quadrants.developGrowthPercent").intValue()).isEqualTo(15);
        String shown = supervisor.get(location.substring(location.indexOf("/classification"))).body();
        assertThat(shown).as("the form starts from the shown run's rules")
                .contains("name=\"weightIntercept\" value=\"-3.5\"")
                .containsPattern("name=\"developTopPercent\"\\s+value=\"5\"")
                .containsPattern("id=\"bestA\" name=\"bestA\" checked")
                .doesNotContainPattern("id=\"bestB\" name=\"bestB\" checked");
    }

    @Test
    void aGradeBothBestAndToDevelopOrAnUnreadableWeightComesBackAsAMessage() {
        BrowserSession supervisor = signedIn("supervisor");
        Map<String, String> overlapping = starForm(supervisor);
        overlapping.putAll(Map.of("bestA", "on", "bestB", "on", "developB", "on", "developGrowthPercent", "20",
                "developTopPercent", "10"));
        HttpResponse<String> refused = supervisor.postForm("/classification/runs", overlapping);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/classification");
        assertThat(supervisor.get("/classification").body()).contains("data-test=\"flash-error\"",
                "类别 B 不能既算最佳又算待开发的第二梯队。");

        Map<String, String> unreadable = starForm(supervisor);
        unreadable.putAll(Map.of("loyaltyMode", "MANUAL", "weightOrders", "many"));
        supervisor.postForm("/classification/runs", unreadable);
        assertThat(supervisor.get("/classification").body()).contains("权重应在 −1000 到 1000 之间。",
                "name=\"weightOrders\" value=\"many\"");
    }

    /** Posts the run form and returns where it sends the browser: the page of the run it started. */
    private static String startedFrom(BrowserSession supervisor, Map<String, String> form) {
        HttpResponse<String> started = supervisor.postForm("/classification/runs", form);
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/classification?run=");
        return location;
    }

    /** The run of the page {@code location}, once finished, as the API shows it; it must have succeeded. */
    private HttpResponse<String> finished(String location) {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> run = ClassificationRunner.awaitFinished(api, DemoAccounts.token(api, "supervisor"),
                "/api/v1/classification/runs/" + location.substring(location.indexOf("run=") + 4));
        assertThat(Json.text(run, "$.state")).isEqualTo("SUCCEEDED");
        return run;
    }

    /** The run form of a month without shipments with the default star rules, ready to change. */
    private static Map<String, String> starForm(BrowserSession supervisor) {
        Map<String, String> form = new java.util.HashMap<>(Map.of("_csrf", supervisor.csrfTokenOf("/classification"),
                "periodFrom", "2016-09-01", "periodTo", "2016-09-30", "basis", "REVENUE", "starBaseVisits", "1"));
        String[][] levels = {{"5", "1", "0.8", "0.5", "12"}, {"4", "2", "0.6", "0.3", "6"}, {"3", "4", "0.4", "0", "4"},
            {"2", "7", "0.2", "0", "2"}};
        for (String[] level : levels) {
            form.put("star" + level[0] + "MaxDecile", level[1]);
            form.put("star" + level[0] + "MinLoyalty", level[2]);
            form.put("star" + level[0] + "MinPotential", level[3]);
            form.put("star" + level[0] + "Visits", level[4]);
        }
        return form;
    }

    private static String tabOf(long customer) {
        return "/customers/" + customer + "?tab=classification";
    }

    /** Posts the tab's grade form as {@code who}. */
    private static HttpResponse<String> setGrade(BrowserSession who, long customer, String grade, String reason) {
        return who.postForm("/classification/overrides/" + customer, Map.of("_csrf",
                who.csrfTokenOf(tabOf(customer)), "grade", grade, "reason", reason));
    }

    private BrowserSession signedIn(String username) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }
}
