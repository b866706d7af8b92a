package com.logicrm.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.ApiClient.FilePart;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.logicrm.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** COL-5 over real HTTP on a real PostgreSQL: submit, the scoped queue, filing into a section, returning. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FilingQueueApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ApiClient api;
    String manager;
    String sales;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        manager = api.token("manager", DemoAccounts.PASSWORD);
        sales = api.token("sales", DemoAccounts.PASSWORD);
    }

    @Test
    void submittedMaterialWaitsInTheQueueAndIsFiledIntoTheChosenSection() {
        long customer = customer(manager);
        JsonNode submitted = submit(manager, customer, "银行资信证明", "bank.txt");
        assertThat(submitted.path("status").asString()).isEqualTo("PENDING");
        long id = submitted.path("id").asLong();

        assertThat(ids(api.get("/api/v1/filing-queue", sales))).contains(id);
        assertThat(api.get("/api/v1/filing-queue", manager).statusCode()).as("account managers do not file")
                .isEqualTo(403);
        assertThat(api.get("/api/v1/customers/" + customer + "/documents", manager).body())
                .as("not a document before it is filed").doesNotContain("银行资信证明");

        HttpResponse<String> filed = api.post("/api/v1/filing-queue/" + id + "/filing", sales,
                "{\"section\":\"CREDIT\",\"confidentiality\":\"INTERNAL\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        JsonNode outcome = JSON.readTree(filed.body());
        assertThat(outcome.path("status").asString()).isEqualTo("FILED");
        long document = outcome.path("documentId").asLong();
        assertThat(api.get("/api/v1/customers/" + customer + "/documents/" + document, manager).body())
                .contains("银行资信证明", "\"confidentiality\":\"INTERNAL\"", "\"uploadedBy\":\"sales\"");
        JsonNode credit = JSON.readTree(api.get("/api/v1/customers/" + customer + "/archive", manager).body())
                .path("sections").path("CREDIT");
        assertThat(credit).hasSize(1);
        assertThat(credit.get(0).path("documentId").asLong()).isEqualTo(document);
        assertThat(api.post("/api/v1/filing-queue/" + id + "/filing", sales, "{\"section\":\"BASIC\"}").statusCode())
                .as("decided once").isEqualTo(409);
        assertThat(ids(api.get("/api/v1/filing-queue", sales))).doesNotContain(id);

        JsonNode mine = JSON.readTree(api.get("/api/v1/filing-queue/mine", manager).body());
        assertThat(mine.get(0).path("id").asLong()).isEqualTo(id);
        assertThat(mine.get(0).path("section").asString()).isEqualTo("CREDIT");
    }

    @Test
    void materialIsReturnedWithAReasonTheSubmitterSees() {
        long customer = customer(manager);
        long id = submit(manager, customer, "拜访报告", "visit.txt").path("id").asLong();
        assertThat(api.post("/api/v1/filing-queue/" + id + "/return", sales, "{\"reason\":\" \"}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> returned = api.post("/api/v1/filing-queue/" + id + "/return", sales,
                "{\"reason\":\"缺少客户签字页，请补齐后重新提交\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        JsonNode mine = JSON.readTree(api.get("/api/v1/filing-queue/mine", manager).body());
        assertThat(mine.get(0).path("status").asString()).isEqualTo("RETURNED");
        assertThat(mine.get(0).path("decisionNote").asString()).isEqualTo("缺少客户签字页，请补齐后重新提交");
        assertThat(mine.get(0).path("decidedBy").asString()).isEqualTo("sales");
    }

    @Test
    void theQueueAndSubmissionsHonourDataScopeAndFileChecks() {
        String manager2 = api.token("manager2", DemoAccounts.PASSWORD);
        long shenzhen = customer(manager2);
        long theirs = submit(manager2, shenzhen, "深圳合同", "contract.txt").path("id").asLong();
        assertThat(ids(api.get("/api/v1/filing-queue", sales))).as("深圳 is outside 上海's scope").doesNotContain(theirs);
        assertThat(api.post("/api/v1/filing-queue/" + theirs + "/filing", sales, "{\"section\":\"BASIC\"}")
                .statusCode()).isEqualTo(404);
        String supervisor = api.token("supervisor", DemoAccounts.PASSWORD);
        assertThat(ids(api.get("/api/v1/filing-queue", supervisor))).contains(theirs);

        HttpResponse<String> notMine = api.multipart("/api/v1/filing-queue", manager, fields(shenzhen, "x"),
                new FilePart("file", "x.txt", "text/plain", "内容".getBytes(StandardCharsets.UTF_8)));
        assertThat(notMine.statusCode()).isEqualTo(404);
        HttpResponse<String> exe = api.multipart("/api/v1/filing-queue", manager, fields(customer(manager), "工具"),
                new FilePart("file", "tool.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}));
        assertThat(exe.statusCode()).isEqualTo(415);
    }

    @Test
    void theQueuePageShowsCountsAndAgesAndTheSubmitFormSitsOnTheDocumentsTab() {
        long customer = customer(manager);
        submit(manager, customer, "传真件", "fax.txt");
        WebSession page = WebSession.signIn(api, "sales");
        String queue = page.get("/collection/filing").body();
        assertThat(queue).contains("待归档", "data-test=\"filing-summary\"", "传真件", "0 天");
        WebSession managerPage = WebSession.signIn(api, "manager");
        assertThat(managerPage.get("/customers/" + customer + "?tab=documents").body())
                .contains("提交给销售内勤归档");
        assertThat(managerPage.get("/collection/filing").body()).contains("我提交的材料", "传真件")
                .doesNotContain("data-test=\"filing-pending\"");
    }

    private long customer(String token) {
        return TestCustomers.register(api, token,
                "上海归档%d物流有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));
    }

    private JsonNode submit(String token, long customer, String title, String fileName) {
        HttpResponse<String> submitted = api.multipart("/api/v1/filing-queue", token, fields(customer, title),
                new FilePart("file", fileName, "text/plain", (title + " 正文").getBytes(StandardCharsets.UTF_8)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return JSON.readTree(submitted.body());
    }

    private static Map<String, String> fields(long customer, String title) {
        return Map.of("customerId", Long.toString(customer), "type", "LETTER", "title", title, "date", "2026-11-28",
                "note", "请归档");
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        JSON.readTree(response.body()).forEach(node -> ids.add(node.path("id").asLong()));
        return ids;
    }
}
