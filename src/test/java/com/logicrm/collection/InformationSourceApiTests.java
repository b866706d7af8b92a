package com.logicrm.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** COL-1 over real HTTP on a real PostgreSQL: the dictionary, sources on customers and changes, filters, counts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InformationSourceApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ApiClient api;
    String manager;
    String brand;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        manager = api.token("manager", DemoAccounts.PASSWORD);
        brand = "璟" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    @Test
    void theDictionaryHoldsTheMethodsPractisedInLogistics() {
        JsonNode sources = JSON.readTree(api.get("/api/v1/sources", manager).body());
        List<String> codes = new ArrayList<>();
        sources.forEach(source -> codes.add(source.path("code").asString()));
        assertThat(codes).contains("STATISTICS", "PHONE_SURVEY", "MYSTERY_CUSTOMER", "LOST_CUSTOMER", "WEB",
                "LOTTERY", "MEMBERSHIP_CARD", "DOOR_TO_DOOR", "EXHIBITION", "EXISTING_CUSTOMER", "COMPETITOR", "IMPORT");
        assertThat(sources.get(codes.indexOf("EXHIBITION")).path("nameZh").asString()).isEqualTo("展会");
    }

    @Test
    void aCustomerKeepsItsSourceAndEachChangeItsOwn() {
        HttpResponse<String> created = api.post("/api/v1/customers", manager, """
                {"kind":"ENTERPRISE","name":"上海%s冷链物流有限公司","regionCode":"310115","source":" exhibition "}"""
                .formatted(brand));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).path("id").asLong();
        JsonNode customer = JSON.readTree(api.get("/api/v1/customers/" + id, manager).body());
        assertThat(customer.path("source").asString()).isEqualTo("EXHIBITION");

        HttpResponse<String> changed = api.put("/api/v1/customers/" + id, manager, """
                {"version":%d,"source":"PHONE_SURVEY","kind":"ENTERPRISE","name":"上海%s冷链物流有限公司",
                 "regionCode":"310115","industry":"冷链食品"}""".formatted(customer.path("version").asInt(), brand));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).path("source").asString()).as("the card keeps its first source")
                .isEqualTo("EXHIBITION");
        JsonNode history = JSON.readTree(api.get("/api/v1/customers/" + id + "/history", manager).body());
        List<String> rows = new ArrayList<>();
        history.forEach(row -> rows.add(row.path("field").asString() + "|" + row.path("source").asString("")));
        assertThat(rows).contains("registered|EXHIBITION", "industry|PHONE_SURVEY");

        HttpResponse<String> unknown = api.post("/api/v1/customers", manager, """
                {"kind":"ENTERPRISE","name":"上海%s货运有限公司","regionCode":"310115","source":"GOSSIP"}"""
                .formatted(brand));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"source\"", "GOSSIP");

        JsonNode found = JSON.readTree(api.get("/api/v1/customers?source=EXHIBITION&q=" + brand, manager).body());
        assertThat(found.path("items")).hasSize(1);
        assertThat(JSON.readTree(api.get("/api/v1/customers?source=WEB&q=" + brand, manager).body()).path("items"))
                .isEmpty();
    }

    @Test
    void theListPageFiltersBySourceAndIndustryAndKeepsBothInItsLinks() {
        String industry = "冷链食品" + brand;
        assertThat(api.post("/api/v1/customers", manager, """
                {"kind":"ENTERPRISE","name":"上海%s食品物流有限公司","regionCode":"310115","industry":"%s",
                 "source":"WEB"}""".formatted(brand, industry)).statusCode()).isEqualTo(201);
        WebSession session = WebSession.signIn(api, "manager");
        String q = java.net.URLEncoder.encode(industry, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(session.get("/customers?industry=" + q + "&source=WEB").body())
                .contains("上海" + brand + "食品物流有限公司", "source=WEB", "industry=" + q);
        assertThat(session.get("/customers?industry=" + q + "&source=EXHIBITION").body())
                .doesNotContain("上海" + brand + "食品物流有限公司");
    }

    @Test
    void administratorsKeepTheDictionaryAndCountsStayInScope() {
        String admin = api.token("admin", DemoAccounts.PASSWORD);
        String code = "FAIR_" + brand.substring(1);
        String body = """
                {"code":"%s","channel":"NETWORK","nameZh":"%s 物流博览会","nameEn":"Logistics fair"}""".formatted(code,
                brand);
        assertThat(api.post("/api/v1/sources", manager, body).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/v1/sources", admin, body).statusCode()).isEqualTo(201);
        assertThat(api.post("/api/v1/sources", admin, body).statusCode()).isEqualTo(409);
        assertThat(api.post("/api/v1/sources", admin, """
                {"code":"bad code","channel":"NETWORK","nameZh":"x","nameEn":"x"}""").statusCode()).isEqualTo(400);

        assertThat(api.post("/api/v1/customers", manager, """
                {"kind":"ENTERPRISE","name":"上海%s博览物流有限公司","regionCode":"310115","source":"%s"}"""
                .formatted(brand, code)).statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(api.get("/api/v1/sources/customer-counts", manager).body()).path(code).asLong())
                .isEqualTo(1);
        String manager2 = api.token("manager2", DemoAccounts.PASSWORD);
        assertThat(JSON.readTree(api.get("/api/v1/sources/customer-counts", manager2).body()).has(code))
                .as("another's customers are not counted").isFalse();

        HttpResponse<String> retired = api.put("/api/v1/sources/" + code, admin, """
                {"channel":"NETWORK","nameZh":"%s 物流博览会","nameEn":"Logistics fair","active":false}""".formatted(brand));
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(api.post("/api/v1/customers", manager, """
                {"kind":"ENTERPRISE","name":"上海%s展运物流有限公司","regionCode":"310115","source":"%s"}"""
                .formatted(brand, code)).statusCode()).as("a retired source is no longer offered").isEqualTo(400);

        WebSession sales = WebSession.signIn(api, "sales");
        String page = sales.get("/collection/sources").body();
        assertThat(page).contains("信息来源", "展会", "老客户介绍", brand + " 物流博览会", "已停用")
                .doesNotContain("data-test=\"source-add\"");
        assertThat(sales.get("/customers/new").body()).contains("data-test=\"customer-source\"", "上门走访");
    }
}
