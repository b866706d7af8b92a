package com.logicrm.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.logicrm.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 客户跟踪记录表 over real HTTP on a real PostgreSQL: filed into the archive, stage moved, printable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerTrackingApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ApiClient api;
    String manager;
    long customer;

    @BeforeEach
    void aCustomer() {
        api = new ApiClient(port);
        manager = api.token("manager", DemoAccounts.PASSWORD);
        customer = TestCustomers.register(api, manager,
                "上海跟踪%d供应链有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));
    }

    @Test
    void aTrackingRecordIsCataloguedInTheArchiveAndMovesTheStage() {
        HttpResponse<String> filed = api.post("/api/v1/customers/" + customer + "/tracking-records", manager, """
                {"trackedOn":"2026-11-25","method":"VISIT","contactName":"王经理","content":"介绍华东冷链专线与仓配一体方案",
                 "feedback":"关心破损率，希望试运一个月","nextStep":"发送试运方案","nextDate":"2026-12-02","stageAfter":"TARGET"}""");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode record = JSON.readTree(filed.body());
        assertThat(record.path("catalogueNo").asString()).isEqualTo("1-2026-001");
        assertThat(record.path("stageBefore").asString()).isEqualTo("POTENTIAL");
        assertThat(record.path("stageAfter").asString()).isEqualTo("TARGET");
        assertThat(record.path("recordedByName").asString()).isEqualTo("张伟");

        JsonNode basic = JSON.readTree(api.get("/api/v1/customers/" + customer + "/archive", manager).body())
                .path("sections").path("BASIC");
        assertThat(basic.get(0).path("title").asString()).isEqualTo("客户跟踪记录 · 上门拜访 · 王经理");
        assertThat(basic.get(0).path("notes").asString()).contains("介绍华东冷链专线", "客户反馈：关心破损率",
                "下一步：发送试运方案（2026-12-02）");
        assertThat(JSON.readTree(api.get("/api/v1/customers/" + customer, manager).body()).path("stage").asString())
                .isEqualTo("TARGET");
        assertThat(api.get("/api/v1/customers/" + customer + "/history", manager).body())
                .contains("客户跟踪记录 1-2026-001");

        String manager2 = api.token("manager2", DemoAccounts.PASSWORD);
        assertThat(api.get("/api/v1/tracking-records/" + record.path("id").asLong(), manager2).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + customer + "/tracking-records", manager).body())
                .contains("王经理");
    }

    @Test
    void incompleteOrImpossibleRecordsAreRefusedWithTheFieldNamed() {
        refused("{\"method\":\"PHONE\",\"content\":\"x\"}", "trackedOn");
        refused("{\"trackedOn\":\"" + LocalDate.now().plusDays(3) + "\",\"method\":\"PHONE\",\"content\":\"x\"}",
                "trackedOn");
        refused("{\"trackedOn\":\"2026-11-20\",\"content\":\"x\"}", "method");
        refused("{\"trackedOn\":\"2026-11-20\",\"method\":\"PHONE\",\"content\":\" \"}", "content");
        refused("{\"trackedOn\":\"2026-11-20\",\"method\":\"PHONE\",\"content\":\"x\",\"nextDate\":\"2026-11-01\"}",
                "nextDate");
        refused("{\"trackedOn\":\"2026-11-20\",\"method\":\"PHONE\",\"content\":\"x\",\"stageAfter\":\"RETIRED\"}",
                "stageAfter");
    }

    @Test
    void theFormFilesARecordAndItsPrintViewLooksLikeThePaperForm() {
        WebSession session = WebSession.signIn(api, "manager");
        String form = session.get("/collection/tracking?customerId=" + customer).body();
        assertThat(form).contains("客户跟踪记录表", "跟踪后客户阶段", "不变（潜在）");
        HttpResponse<String> saved = session.post("/collection/tracking", form, Map.of("customerId",
                Long.toString(customer), "trackedOn", "2026-11-26", "method", "PHONE", "content", "电话确认报价<script>x</script>",
                "stageAfter", ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        String after = session.get("/collection/tracking?customerId=" + customer).body();
        assertThat(after).contains("跟踪记录已归档，目录编号 1-2026-001", "电话确认报价&lt;script&gt;")
                .doesNotContain("<script>x</script>");
        long id = JSON.readTree(api.get("/api/v1/customers/" + customer + "/tracking-records", manager).body()).get(0)
                .path("id").asLong();
        assertThat(session.get("/collection/tracking/" + id).body()).contains("data-test=\"tracking-paper\"",
                "跟踪方式", "电话", "记录人", "张伟", "目录编号 1-2026-001");
        assertThat(session.get("/customers/" + customer + "?tab=archive").body()).contains("data-test=\"tracking-link\"");
    }

    private void refused(String json, String field) {
        HttpResponse<String> response = api.post("/api/v1/customers/" + customer + "/tracking-records", manager, json);
        assertThat(response.statusCode()).as(json + " → " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }
}
