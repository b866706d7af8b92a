package com.logicrm.customer;

import static com.logicrm.customer.ArchiveFixtures.brand;
import static com.logicrm.customer.ArchiveFixtures.creditCode;
import static com.logicrm.customer.ArchiveFixtures.get;
import static com.logicrm.customer.ArchiveFixtures.landline;
import static com.logicrm.customer.ArchiveFixtures.mobile;
import static com.logicrm.customer.ArchiveFixtures.read;
import static com.logicrm.customer.ArchiveFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MergeApiTests {

    @LocalServerPort
    int port;
    ApiClient api;
    String sales;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        sales = api.token("sales", DemoAccounts.PASSWORD);
    }

    @Test
    void theSurvivorTakesTheChosenValuesAndTheHistoryOfTheOther() {
        String brand = brand();
        String survivorCode = creditCode();
        String mergedCode = creditCode();
        String phone = landline();
        String otherMobile = mobile();
        long survivorId = register(api, sales, brand + "物流", ",\"creditCode\":\"" + survivorCode
                + "\",\"phone\":\"" + phone + "\",\"address\":\"浦东新区张江路1号\"").path("id").asLong();
        JsonNode registeredMerged = register(api, sales, "上海" + brand + "物流有限公司", ",\"creditCode\":\"" + mergedCode
                + "\",\"mobile\":\"" + otherMobile + "\",\"address\":\"浦东新区世纪大道2号\"");
        long mergedId = registeredMerged.path("id").asLong();
        String mergedArchiveNo = registeredMerged.path("archiveNo").asString();
        HttpResponse<String> changed = api.put("/api/v1/customers/" + mergedId, sales, """
                {"version":%d,"kind":"ENTERPRISE","name":"上海%s物流有限公司","creditCode":"%s","regionCode":"310115",
                 "mobile":"%s","address":"浦东新区世纪大道2号","industry":"快递"}"""
                .formatted(get(api, sales, mergedId).path("version").asInt(), brand, mergedCode, otherMobile));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        HttpResponse<String> merged = api.post("/api/v1/customers/" + survivorId + "/merge", sales, """
                {"mergedId":%d,"version":%d,"mergedVersion":%d,"choices":{"name":"MERGED","address":"SURVIVOR"},
                 "reason":"同一家公司重复建档"}""".formatted(mergedId, get(api, sales, survivorId).path("version").asInt(),
                get(api, sales, mergedId).path("version").asInt()));
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);

        JsonNode survivor = get(api, sales, survivorId);
        assertThat(survivor.path("name").asString()).isEqualTo("上海" + brand + "物流有限公司");
        assertThat(survivor.path("creditCode").asString()).isEqualTo(survivorCode);
        assertThat(survivor.path("address").asString()).isEqualTo("浦东新区张江路1号");
        assertThat(survivor.path("phone").asString()).isEqualTo(phone);
        // Fields the survivor lacked and nobody chose come from the merged record.
        assertThat(survivor.path("mobile").asString()).isEqualTo(otherMobile);
        assertThat(survivor.path("industry").asString()).isEqualTo("快递");

        List<String> history = new ArrayList<>();
        for (JsonNode row : read(api.get("/api/v1/customers/" + survivorId + "/history", sales).body())) {
            history.add(row.path("field").asString() + "|" + row.path("newValue").asString() + "|"
                    + row.path("reason").asString());
        }
        assertThat(history).contains("name|上海" + brand + "物流有限公司|merge", "mobile|" + otherMobile + "|merge",
                "mergedFrom|" + mergedArchiveNo + "|同一家公司重复建档");
        // The merged record's own history moved along: its registration and its industry change.
        assertThat(history).anyMatch(row -> row.startsWith("registered|" + mergedArchiveNo + "|"));
        assertThat(history).anyMatch(row -> row.startsWith("industry|快递|"));

        JsonNode gone = get(api, sales, mergedId);
        assertThat(gone.path("stage").asString()).isEqualTo("MERGED");
        assertThat(gone.path("mergedInto").asLong()).isEqualTo(survivorId);
        JsonNode goneHistory = read(api.get("/api/v1/customers/" + mergedId + "/history", sales).body());
        assertThat(goneHistory.toString()).contains("mergedInto", "同一家公司重复建档")
                .doesNotContain("\"field\":\"industry\"");

        // The merged record's credit code is free again.
        JsonNode reused = register(api, sales, brand() + "航运有限公司", ",\"creditCode\":\"" + mergedCode + "\"");
        assertThat(reused.path("id").asLong()).isPositive();

        String admin = api.token("admin", DemoAccounts.PASSWORD);
        assertThat(api.get("/api/v1/audit/events?targetType=customer&targetId=" + mergedId, admin).body())
                .contains("CUSTOMER_MERGED");
        assertThat(api.get("/api/v1/audit/events?targetType=customer&targetId=" + survivorId, admin).body())
                .contains("CUSTOMER_MERGE_SURVIVED");
    }

    @Test
    void theSurvivorMayTakeTheOthersCreditCode() {
        String code = creditCode();
        long survivorId = register(api, sales, brand() + "快运有限公司", "").path("id").asLong();
        long mergedId = register(api, sales, brand() + "快运有限公司", ",\"creditCode\":\"" + code + "\"")
                .path("id").asLong();
        HttpResponse<String> merged = api.post("/api/v1/customers/" + survivorId + "/merge", sales, """
                {"mergedId":%d,"version":0,"mergedVersion":0,"choices":{"creditCode":"MERGED"},"reason":"重复"}"""
                .formatted(mergedId));
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(read(merged.body()).path("creditCode").asString()).isEqualTo(code);
    }

    @Test
    void theContactsOfTheMergedRecordContinueOnTheSurvivorWhichKeepsItsPrimary() {
        long survivorId = register(api, sales, brand() + "快运有限公司", "").path("id").asLong();
        long mergedId = register(api, sales, brand() + "快运有限公司", "").path("id").asLong();
        String given = brand().substring(0, 2);
        for (long customer : new long[] {survivorId, mergedId}) {
            HttpResponse<String> added = api.post("/api/v1/customers/" + customer + "/contacts", sales, """
                    {"name":"%s%s","primary":true}""".formatted(customer == survivorId ? "欧阳" : "司徒", given));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        }
        HttpResponse<String> merged = api.post("/api/v1/customers/" + survivorId + "/merge", sales, """
                {"mergedId":%d,"version":0,"mergedVersion":0,"reason":"重复"}""".formatted(mergedId));
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);

        JsonNode contacts = read(api.get("/api/v1/customers/" + survivorId + "/contacts", sales).body());
        List<String> names = new ArrayList<>();
        contacts.forEach(c -> names.add(c.path("name").asString() + "|" + c.path("primary").asBoolean()));
        assertThat(names).containsExactlyInAnyOrder("欧阳" + given + "|true", "司徒" + given + "|false");
        assertThat(api.get("/api/v1/customers?q=" + java.net.URLEncoder.encode("司徒" + given,
                java.nio.charset.StandardCharsets.UTF_8), sales).body()).contains("\"id\":" + survivorId + ",");
    }

    @Test
    void staleVersionsAndMergedRecordsAreRefused() {
        long a = register(api, sales, brand() + "货运有限公司", "").path("id").asLong();
        long b = register(api, sales, brand() + "货运有限公司", "").path("id").asLong();
        String body = """
                {"mergedId":%d,"version":%d,"mergedVersion":%d,"reason":"重复"}""";
        assertThat(api.post("/api/v1/customers/" + a + "/merge", sales, body.formatted(b, 1, 0)).statusCode())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/customers/" + a + "/merge", sales, body.formatted(b, 0, 3)).statusCode())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/customers/" + a + "/merge", sales, body.formatted(a, 0, 0)).statusCode())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/customers/" + a + "/merge", sales, """
                {"mergedId":%d,"version":0,"mergedVersion":0,"choices":{"nonsense":"MERGED"},"reason":"重复"}"""
                .formatted(b)).statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/customers/" + a + "/merge", sales, body.formatted(b, 0, 0)).statusCode())
                .isEqualTo(200);
        int version = get(api, sales, a).path("version").asInt();
        assertThat(api.post("/api/v1/customers/" + a + "/merge", sales, body.formatted(b, version, 1)).statusCode())
                .isEqualTo(409);
        assertThat(get(api, sales, b).path("stage").asString()).isEqualTo("MERGED");
    }

    @Test
    void mergingNeedsWriteAndBothCustomersVisible() {
        long a = register(api, sales, brand() + "配送有限公司", "").path("id").asLong();
        long b = register(api, sales, brand() + "配送有限公司", "").path("id").asLong();
        String body = """
                {"mergedId":%d,"version":0,"mergedVersion":0,"reason":"重复"}""".formatted(b);
        String service = api.token("service", DemoAccounts.PASSWORD);
        assertThat(api.post("/api/v1/customers/" + a + "/merge", service, body).statusCode()).isEqualTo(403);
        String manager2 = api.token("manager2", DemoAccounts.PASSWORD);
        long own = register(api, manager2, brand() + "配送有限公司", "").path("id").asLong();
        assertThat(api.post("/api/v1/customers/" + own + "/merge", manager2, """
                {"mergedId":%d,"version":0,"mergedVersion":0,"reason":"重复"}""".formatted(a)).statusCode())
                .isEqualTo(404);
    }
}
