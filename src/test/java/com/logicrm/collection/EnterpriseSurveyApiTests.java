package com.logicrm.collection;

import static com.logicrm.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.logicrm.support.WebSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 企业基本情况调查表 over real HTTP on a real PostgreSQL: its facts written into the archive card with
 * the survey method as their source, the survey catalogued and printable, bad input and foreign customers refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseSurveyApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A survey of a visit: every fact the form has, as a surveyor would find them. */
    static final String VISIT = """
            {"surveyedOn":"2026-11-25","method":"DOOR_TO_DOOR","respondent":"陈总","respondentPosition":"总经理",
             "name":"%s","legalRepresentative":"陈建国","legalForm":"有限责任公司","ownership":"民营",
             "industry":"第三方物流","foundingDate":"2015-03-18","registrationDate":"2015-04-02",
             "registeredCapital":5000000,"assets":12000000.50,"staffCount":260,"scale":"年营业额约 1.2 亿元",
             "serviceArea":"长三角","address":"上海市浦东新区航头镇沪南公路 1000 号","phone":"021-58881234",
             "website":"https://example.cn","businessScope":"普通货运、仓储服务、供应链管理",
             "situation":"冷链业务增长快，现有仓容不足","remarks":"有扩大合作意向，建议报送仓配一体方案"}""";

    @LocalServerPort
    int port;

    ApiClient api;
    String manager;
    String name;
    long customer;

    @BeforeEach
    void anEnterprise() {
        api = new ApiClient(port);
        manager = DemoAccounts.token(api, "manager");
        name = "上海调查%d冷链物流有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        customer = TestCustomers.register(api, manager, name);
    }

    @Test
    void aSurveyWritesItsFactsIntoTheArchiveCardWithTheMethodAsSourceAndIsCatalogued() {
        int versionBefore = JSON.readTree(api.get("/api/v1/customers/" + customer, manager).body()).path("version")
                .asInt();
        HttpResponse<String> filed = api.post(surveys(), manager, VISIT.formatted(name));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode survey = JSON.readTree(filed.body());
        assertThat(filed.headers().firstValue("Location")).contains("/api/v1/enterprise-surveys/" + survey.path("id"));
        assertThat(survey.path("catalogueNo").asString()).isEqualTo("1-2026-001");
        assertThat(survey.path("recordedByName").asString()).isEqualTo("张伟");
        assertThat(survey.path("form").path("customerVersion").asInt()).isEqualTo(versionBefore);
        assertThat(survey.path("form").path("respondent").asString()).isEqualTo("陈总");
        assertThat(texts(survey.path("changedFields"))).containsExactly("legalRepresentative", "legalForm",
                "ownership", "industry", "foundingDate", "registrationDate", "registeredCapital", "assets",
                "staffCount", "scale", "serviceArea", "address", "phone", "website", "businessScope", "situation");

        JsonNode card = JSON.readTree(api.get("/api/v1/customers/" + customer, manager).body());
        assertThat(card.path("staffCount").asInt()).isEqualTo(260);
        assertThat(card.path("registeredCapital").decimalValue()).isEqualByComparingTo("5000000");
        assertThat(card.path("assets").decimalValue()).isEqualByComparingTo("12000000.50");
        assertThat(card.path("foundingDate").asString()).isEqualTo("2015-03-18");
        assertThat(card.path("operator").path("name").asString()).isEqualTo("陈建国");
        assertThat(card.path("characteristics").path("scale").asString()).isEqualTo("年营业额约 1.2 亿元");
        assertThat(card.path("businessStatus").path("situation").asString()).isEqualTo("冷链业务增长快，现有仓容不足");
        assertThat(card.path("phone").asString()).isEqualTo("021-58881234");
        assertThat(card.path("regionCode").asString()).as("facts the survey does not ask keep their value")
                .isEqualTo("310115");

        JsonNode history = JSON.readTree(api.get("/api/v1/customers/" + customer + "/history", manager).body());
        JsonNode staff = row(history, "staffCount");
        assertThat(staff.path("newValue").asString()).isEqualTo("260");
        assertThat(staff.path("source").asString()).isEqualTo("DOOR_TO_DOOR");
        assertThat(staff.path("reason").asString()).isEqualTo("企业基本情况调查表 1-2026-001");
        assertThat(row(history, "operator.name").path("newValue").asString()).isEqualTo("陈建国");
        assertThat(row(history, "characteristics.scale").path("source").asString()).isEqualTo("DOOR_TO_DOOR");

        JsonNode basic = JSON.readTree(api.get("/api/v1/customers/" + customer + "/archive", manager).body())
                .path("sections").path("BASIC");
        assertThat(basic.get(0).path("catalogueNo").asString()).isEqualTo("1-2026-001");
        assertThat(basic.get(0).path("title").asString()).isEqualTo("企业基本情况调查表 · 上门走访 · 陈总");
        assertThat(basic.get(0).path("notes").asString()).contains("受访人：陈总（总经理）", "调查人意见：有扩大合作意向");

        long id = survey.path("id").asLong();
        assertThat(JSON.readTree(api.get("/api/v1/enterprise-surveys/" + id, manager).body()).path("form")
                .path("staffCount").asInt()).isEqualTo(260);
        assertThat(JSON.readTree(api.get(surveys(), manager).body()).get(0).path("id").asLong()).isEqualTo(id);
    }

    @Test
    void factsLeftBlankKeepTheCardsValueAndAnUnchangedSurveyChangesNothing() {
        assertThat(api.post(surveys(), manager, VISIT.formatted(name)).statusCode()).isEqualTo(201);
        HttpResponse<String> second = api.post(surveys(), manager, """
                {"surveyedOn":"2026-11-28","method":"PHONE_SURVEY","name":"%s","staffCount":260}""".formatted(name));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        JsonNode survey = JSON.readTree(second.body());
        assertThat(survey.path("changedFields").isEmpty()).as(second.body()).isTrue();
        assertThat(survey.path("catalogueNo").asString()).isEqualTo("1-2026-002");
        JsonNode card = JSON.readTree(api.get("/api/v1/customers/" + customer, manager).body());
        assertThat(card.path("industry").asString()).isEqualTo("第三方物流");
        assertThat(card.path("operator").path("name").asString()).isEqualTo("陈建国");

        HttpResponse<String> renamed = api.post(surveys(), manager, """
                {"surveyedOn":"2026-11-29","method":"MAIL_SURVEY","name":"%s（集团）","staffCount":300}"""
                .formatted(name));
        assertThat(texts(JSON.readTree(renamed.body()).path("changedFields"))).containsExactly("name", "staffCount");
        JsonNode history = JSON.readTree(api.get("/api/v1/customers/" + customer + "/history", manager).body());
        assertThat(row(history, "name").path("source").asString()).isEqualTo("MAIL_SURVEY");
        assertThat(row(history, "name").path("reason").asString()).isEqualTo("企业基本情况调查表 1-2026-003");
    }

    @Test
    void incompleteOrImpossibleSurveysAreRefusedWithTheFieldNamedInTheUsersLanguage() {
        refused(without("surveyedOn"), "surveyedOn", "请填写调查日期。");
        refused(with("surveyedOn", "\"" + LocalDate.now().plusDays(2) + "\""), "surveyedOn", "日期不能晚于今天。");
        refused(without("method"), "method", "请选择调查方式。");
        refused(with("name", "\"  \""), "name", "请填写企业名称。");
        refused(with("staffCount", "-1"), "staffCount", "员工人数应为 0 到");
        refused(with("registeredCapital", "-5"), "registeredCapital", "金额应为不小于 0 的数");
        refused(with("assets", "1.234"), "assets", "最多两位小数");
        refused(with("respondent", "\"" + "陈".repeat(61) + "\""), "respondent", "60");
        refused(with("foundingDate", "\"" + LocalDate.now().plusDays(1) + "\""), "foundingDate", "日期不能晚于今天。");
        refused(with("phone", "\"12\""), "phone", null);
        refused(with("creditCode", "\"9131\""), "creditCode", null);

        HttpResponse<String> english = api.send(api.request(surveys(), manager).header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(without("method"))).build());
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("\"field\":\"method\"", "Choose how the survey was made.");

        HttpResponse<String> unreadable = api.post(surveys(), manager, with("staffCount", "\"many\""));
        assertProblem(unreadable, 400);
        assertThat(JSON.readTree(api.get(surveys(), manager).body()).isEmpty()).as("nothing was filed").isTrue();
        assertThat(JSON.readTree(api.get("/api/v1/customers/" + customer + "/archive", manager).body())
                .path("sections").path("BASIC").isEmpty()).as("nothing was catalogued").isTrue();
    }

    @Test
    void foreignUnknownAndIndividualCustomersAndStaleCardsAreRefused() {
        long id = JSON.readTree(api.post(surveys(), manager, VISIT.formatted(name)).body()).path("id").asLong();
        String manager2 = DemoAccounts.token(api, "manager2");
        assertProblem(api.post(surveys(), manager2, VISIT.formatted(name)), 404);
        assertProblem(api.get(surveys(), manager2), 404);
        assertProblem(api.get("/api/v1/enterprise-surveys/" + id, manager2), 404);
        assertProblem(api.post("/api/v1/customers/999999999/enterprise-surveys", manager, VISIT.formatted(name)), 404);
        assertProblem(api.get("/api/v1/enterprise-surveys/999999999", manager), 404);
        assertThat(api.post(surveys(), DemoAccounts.token(api, "gm"), VISIT.formatted(name)).statusCode())
                .as("reading is not writing").isEqualTo(403);
        assertThat(api.get(surveys(), DemoAccounts.token(api, "gm")).statusCode()).isEqualTo(200);

        assertProblem(api.post(surveys(), manager, VISIT.formatted(name).replace("\"method\"",
                "\"customerVersion\":0,\"method\"")), 409);

        HttpResponse<String> person = api.post("/api/v1/customers", manager,
                "{\"kind\":\"INDIVIDUAL\",\"name\":\"王小明\",\"regionCode\":\"310115\"}");
        assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
        long individual = JSON.readTree(person.body()).path("id").asLong();
        assertThat(assertProblem(api.post("/api/v1/customers/" + individual + "/enterprise-surveys", manager,
                VISIT.formatted("王小明")), 409)).contains("只适用于企业客户");
    }

    @Test
    void theFormIsPrefilledFromTheCardAndItsPrintViewLooksLikeThePaperForm() {
        assertThat(api.put("/api/v1/customers/" + customer, manager, """
                {"version":%d,"kind":"ENTERPRISE","name":"%s","regionCode":"310115","industry":"快递快运",
                 "staffCount":80}""".formatted(JSON.readTree(api.get("/api/v1/customers/" + customer, manager).body())
                .path("version").asInt(), name)).statusCode()).isEqualTo(200);
        WebSession session = WebSession.signIn(api, "manager");
        assertThat(session.get("/customers/" + customer + "?tab=archive").body()).contains("data-test=\"survey-link\"");
        String form = session.get("/collection/surveys?customerId=" + customer).body();
        assertThat(form).contains("企业基本情况调查表", "data-test=\"survey-form\"", "value=\"快递快运\"", "value=\"80\"",
                "value=\"" + name + "\"", "value=\"" + LocalDate.now() + "\"");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customerId", Long.toString(customer));
        fields.put("customerVersion", version(form));
        fields.put("surveyedOn", "2026-11-26");
        fields.put("method", "PHONE_SURVEY");
        fields.put("respondent", "刘经理<script>x</script>");
        fields.put("name", name);
        fields.put("industry", "快递快运");
        fields.put("staffCount", "95");
        fields.put("registeredCapital", "3000000");
        fields.put("registrationDate", "");
        fields.put("situation", "旺季运力紧张");
        HttpResponse<String> saved = session.post("/collection/surveys", form, fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        String after = session.get("/collection/surveys?customerId=" + customer).body();
        assertThat(after).contains("调查表已归档，目录编号 1-2026-001", "刘经理&lt;script&gt;", "员工人数")
                .doesNotContain("<script>x</script>");
        assertThat(JSON.readTree(api.get("/api/v1/customers/" + customer, manager).body()).path("staffCount").asInt())
                .isEqualTo(95);

        long id = JSON.readTree(api.get(surveys(), manager).body()).get(0).path("id").asLong();
        String paper = session.get("/collection/surveys/" + id).body();
        assertThat(paper).contains("data-test=\"survey-paper\"", "企业基本情况调查表", "电话调查", "旺季运力紧张",
                "3,000,000.00", "填表人", "张伟", "目录编号 1-2026-001", "/css/paper.css", "受访人签字");
        assertThat(session.get("/css/paper.css").body()).contains("border: 1px solid #000", "@media print");

        fields.put("customerVersion", version(after));
        fields.put("staffCount", "a lot");
        session.post("/collection/surveys", after, fields);
        assertThat(session.get("/collection/surveys?customerId=" + customer).body())
                .contains("data-test=\"flash-error\"", "无法识别");
        assertThat(session.get("/collection/surveys/" + id + "?lang=en").body())
                .contains("Enterprise basic situation survey", "Phone survey", "Filled in by", "Staff");
    }

    @Test
    void theApiDescriptionListsTheSurveyEndpoints() {
        JsonNode description = JSON.readTree(api.get("/v3/api-docs", null).body());
        JsonNode paths = description.path("paths");
        assertThat(paths.path("/api/v1/customers/{customerId}/enterprise-surveys").has("post")).isTrue();
        assertThat(paths.path("/api/v1/customers/{customerId}/enterprise-surveys").has("get")).isTrue();
        assertThat(paths.path("/api/v1/enterprise-surveys/{id}").has("get")).isTrue();
        assertThat(description.path("components").path("schemas").path("NewEnterpriseSurvey").path("properties")
                .has("surveyedOn")).isTrue();
    }

    private String surveys() {
        return "/api/v1/customers/" + customer + "/enterprise-surveys";
    }

    private static String version(String page) {
        int at = page.indexOf("name=\"customerVersion\" value=\"") + 30;
        return page.substring(at, page.indexOf('"', at));
    }

    /** The visit survey without one member. */
    private String without(String field) {
        ObjectNode survey = (ObjectNode) JSON.readTree(VISIT.formatted(name));
        survey.remove(field);
        return JSON.writeValueAsString(survey);
    }

    /** The visit survey with one member set to a JSON value. */
    private String with(String field, String json) {
        ObjectNode survey = (ObjectNode) JSON.readTree(VISIT.formatted(name));
        survey.set(field, JSON.readTree(json));
        return JSON.writeValueAsString(survey);
    }

    private void refused(String json, String field, String message) {
        HttpResponse<String> response = api.post(surveys(), manager, json);
        assertProblem(response, 400);
        assertThat(response.body()).as(json).contains("\"field\":\"" + field + "\"");
        if (message != null) {
            assertThat(response.body()).contains(message);
        }
    }

    private static JsonNode row(JsonNode history, String field) {
        for (JsonNode row : history) {
            if (row.path("field").asString().equals(field)) {
                return row;
            }
        }
        throw new AssertionError("no history row for " + field + " in " + history);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
