package com.logicrm.collection;

import static com.logicrm.collection.QuestionnaireFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Questionnaires over real HTTP on a real PostgreSQL: define, publish, answer, score, export, within scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionnaireApiTests {

    @LocalServerPort
    int port;

    ApiClient api;
    String supervisor;
    String manager;

    @BeforeEach
    void tokens() {
        api = new ApiClient(port);
        supervisor = DemoAccounts.token(api, "supervisor");
        manager = DemoAccounts.token(api, "manager");
    }

    @Test
    void answersAreScoredPerDimensionPerCustomerAndOverAllCustomers() {
        long survey = QuestionnaireFixtures.published(api, supervisor, QuestionnaireFixtures.title("季度满意度"));
        long first = customer("上海问卷%d物流有限公司");
        long second = customer("杭州问卷%d供应链有限公司");

        HttpResponse<String> recorded = record(first, """
                {"questionnaireId":%d,"channel":"PHONE","answeredOn":"2026-11-28","respondent":"王经理",
                 "answers":[{"question":"q1","choices":["B"]},{"question":"q2","scale":5},
                            {"question":"q3","choices":["A","B"]},{"question":"q4","text":"希望增加夜间提货"}]}"""
                .formatted(survey));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.headers().firstValue("Location")).isPresent();
        JsonNode response = json(recorded);
        // service (3 × 75 + 1 × 100) / 4 = 81.25 → 81.3; price 90 / 100 → 90; overall (2 × 81.3 + 90) / 3 = 84.2
        assertThat(response.path("score").path("dimensions").get(0).path("score").decimalValue())
                .isEqualByComparingTo("81.3");
        assertThat(response.path("score").path("dimensions").get(1).path("score").decimalValue())
                .isEqualByComparingTo("90.0");
        assertThat(response.path("score").path("overall").decimalValue()).isEqualByComparingTo("84.2");
        assertThat(response.path("catalogueNo").asString()).isEqualTo("1-2026-001");
        assertThat(response.path("recordedByName").asString()).isEqualTo("张伟");

        JsonNode basic = json(api.get("/api/v1/customers/" + first + "/archive", manager)).path("sections").path("BASIC");
        assertThat(basic.get(0).path("title").asString()).startsWith("问卷调查 · 季度满意度").endsWith(" · 电话调查");
        assertThat(basic.get(0).path("notes").asString()).contains("总分：84.2", "服务质量 81.3", "答卷人：王经理");

        // the second customer leaves the price dimension out: it has no price score, and is not counted as 0
        assertThat(record(second, """
                {"questionnaireId":%d,"channel":"VISIT","answeredOn":"2026-11-29",
                 "answers":[{"question":"q1","choices":["C"]}]}""".formatted(survey)).statusCode()).isEqualTo(201);

        JsonNode results = json(api.get("/api/v1/questionnaires/" + survey + "/results", manager));
        assertThat(results.path("responses").asInt()).isEqualTo(2);
        assertThat(results.path("customers").asInt()).isEqualTo(2);
        // service: (81.3 + 50) / 2 = 65.65 → 65.7; price: the first customer's 90 alone
        assertThat(results.path("dimensions").get(0).path("score").decimalValue()).isEqualByComparingTo("65.7");
        assertThat(results.path("dimensions").get(1).path("score").decimalValue()).isEqualByComparingTo("90.0");
        assertThat(results.path("dimensions").get(1).path("answered").asInt()).isEqualTo(1);
        // overall: (84.2 + 50) / 2 = 67.1
        assertThat(results.path("overall").decimalValue()).isEqualByComparingTo("67.1");
        assertThat(results.path("perCustomer")).hasSize(2);

        JsonNode history = json(api.get("/api/v1/customers/" + first + "/questionnaire-responses", manager));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("channel").asString()).isEqualTo("PHONE");
    }

    @Test
    void staffOutsideTheCustomersScopeNeitherRecordNorSeeItsAnswers() {
        long survey = QuestionnaireFixtures.published(api, supervisor, QuestionnaireFixtures.title("范围测试问卷"));
        long customer = customer("宁波范围%d货运代理有限公司");
        assertThat(record(customer, answersTo(survey)).statusCode()).isEqualTo(201);

        String other = DemoAccounts.token(api, "manager2");
        assertThat(api.post("/api/v1/customers/" + customer + "/questionnaire-responses", other, answersTo(survey))
                .statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + customer + "/questionnaire-responses", other).statusCode())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/customers/" + customer + "/questionnaire-links", other,
                "{\"questionnaireId\":" + survey + "}").statusCode()).isEqualTo(404);
        JsonNode results = json(api.get("/api/v1/questionnaires/" + survey + "/results", other));
        assertThat(results.path("responses").asInt()).isZero();
        assertThat(results.path("perCustomer")).isEmpty();
        assertThat(json(api.get("/api/v1/questionnaires/" + survey + "/results", supervisor)).path("responses").asInt())
                .isEqualTo(1);
    }

    @Test
    void aPublishedQuestionnaireKeepsItsQuestionsOnceAnswered() {
        String title = QuestionnaireFixtures.title("修改测试问卷");
        long survey = QuestionnaireFixtures.published(api, supervisor, title);
        String revised = QuestionnaireFixtures.SURVEY.formatted(title + "（修订）");
        HttpResponse<String> beforeAnswers = api.put("/api/v1/questionnaires/" + survey, supervisor, revised);
        assertThat(beforeAnswers.statusCode()).as(beforeAnswers.body()).isEqualTo(200);
        assertThat(json(beforeAnswers).path("status").asString()).isEqualTo("PUBLISHED");

        assertThat(record(customer("苏州修改%d仓储有限公司"), answersTo(survey)).statusCode()).isEqualTo(201);

        HttpResponse<String> afterAnswers = api.put("/api/v1/questionnaires/" + survey, supervisor, revised);
        assertThat(afterAnswers.statusCode()).isEqualTo(409);
        assertThat(afterAnswers.body()).contains("已有 1 份答卷");
        assertThat(api.post("/api/v1/questionnaires/" + survey + "/publish", supervisor, "").statusCode())
                .isEqualTo(409);

        assertThat(api.post("/api/v1/questionnaires/" + survey + "/close", supervisor, "").statusCode()).isEqualTo(200);
        HttpResponse<String> closed = record(customer("无锡关闭%d运输有限公司"), answersTo(survey));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("未发布或已关闭");
    }

    @Test
    void aRetiredCustomersAnswersAreKeptWithoutAnArchiveEntry() {
        long survey = QuestionnaireFixtures.published(api, supervisor, QuestionnaireFixtures.title("流失客户调查"));
        long customer = customer("合肥流失%d物流有限公司");
        assertThat(api.delete("/api/v1/customers/" + customer + "?reason=stopped",
                manager).statusCode()).isEqualTo(204);

        HttpResponse<String> recorded = record(customer, answersTo(survey));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(json(recorded).path("catalogueNo").isNull()).isTrue();
        assertThat(json(api.get("/api/v1/customers/" + customer + "/questionnaire-responses", manager))).hasSize(1);
    }

    @Test
    void theQuestionnaireApiIsDocumented() {
        String docs = api.get("/v3/api-docs", null).body();
        assertThat(docs).contains("/api/v1/questionnaires", "/api/v1/questionnaires/{id}/results",
                "/api/v1/questionnaires/{id}/export", "/api/v1/customers/{customerId}/questionnaire-responses",
                "/api/v1/customers/{customerId}/questionnaire-links", "\"Questionnaires\"");
    }

    @Test
    void onlyQuestionnaireManagersDefineQuestionnaires() {
        HttpResponse<String> refused = api.post("/api/v1/questionnaires", manager,
                QuestionnaireFixtures.SURVEY.formatted("客户经理的问卷"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/questionnaires", manager).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/questionnaires/999999999", manager).statusCode()).isEqualTo(404);
    }

    @Test
    void badDefinitionsAndAnswersAreRefusedWithTheFieldNamed() {
        refusedDefinition("{\"purpose\":\"NEEDS\"}", "title");
        refusedDefinition("{\"title\":\"x\"}", "purpose");
        refusedDefinition("""
                {"title":"x","purpose":"NEEDS","questions":[{"kind":"SINGLE_CHOICE","text":"t","dimension":"d1",
                 "options":[{"label":"a","points":1}]}],"dimensions":[{"name":"需求"}]}""", "questions[0].options");
        refusedDefinition("""
                {"title":"x","purpose":"NEEDS","questions":[{"kind":"SCALE","text":"t","dimension":"nope"}]}""",
                "questions[0].dimension");
        refusedDefinition("""
                {"title":"x","purpose":"NEEDS","questions":[{"kind":"SCALE","text":"t","dimension":"d1"}],
                 "dimensions":[{"name":"需求","weight":0}]}""", "dimensions[0].weight");
        // a null in a list is unreadable input, a 400 like any other
        assertThat(api.post("/api/v1/questionnaires", supervisor,
                "{\"title\":\"x\",\"purpose\":\"NEEDS\",\"dimensions\":[null]}").statusCode()).isEqualTo(400);
        HttpResponse<String> english = api.send(api.request("/api/v1/questionnaires", supervisor)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"purpose\":\"NEEDS\"}")).build());
        assertThat(english.body()).contains("Please enter the questionnaire");

        long draft = QuestionnaireFixtures.define(api, supervisor, QuestionnaireFixtures.title("草稿问卷"));
        long customer = customer("常州错误%d快运有限公司");
        assertThat(record(customer, answersTo(draft)).statusCode()).isEqualTo(409);
        long empty = json(api.post("/api/v1/questionnaires", supervisor, "{\"title\":\"空问卷\",\"purpose\":\"OTHER\"}"))
                .path("id").asLong();
        HttpResponse<String> nothingToAsk = api.post("/api/v1/questionnaires/" + empty + "/publish", supervisor, "");
        assertThat(nothingToAsk.statusCode()).isEqualTo(400);
        assertThat(nothingToAsk.body()).contains("\"field\":\"questions\"");

        long survey = QuestionnaireFixtures.published(api, supervisor, QuestionnaireFixtures.title("错误答卷问卷"));
        refusedAnswer(customer, survey, "PHONE", "2026-11-20", "[{\"question\":\"q1\",\"choices\":[\"A\"]},"
                + "{\"question\":\"q2\",\"scale\":7}]", "answers[1].scale");
        refusedAnswer(customer, survey, "PHONE", "2026-11-20", "[{\"question\":\"q2\",\"scale\":3}]", "answers");
        refusedAnswer(customer, survey, "PHONE", "2026-11-20", "[{\"question\":\"q1\",\"choices\":[\"A\",\"B\"]}]",
                "answers[0].choices");
        refusedAnswer(customer, survey, "PHONE", "2026-11-20", "[{\"question\":\"q9\",\"scale\":3}]",
                "answers[0].question");
        assertThat(record(customer, "{\"questionnaireId\":" + survey + ",\"channel\":\"PHONE\",\"answeredOn\":"
                + "\"2026-11-20\",\"answers\":[null]}").statusCode()).isEqualTo(400);
        refusedAnswer(customer, survey, "LINK", "2026-11-20", "[{\"question\":\"q1\",\"choices\":[\"A\"]}]", "channel");
        refusedAnswer(customer, survey, "VISIT", LocalDate.now().plusDays(2).toString(),
                "[{\"question\":\"q1\",\"choices\":[\"A\"]}]", "answeredOn");
        assertThat(api.post("/api/v1/customers/" + customer + "/questionnaire-responses", manager,
                "{\"questionnaireId\":999999999,\"channel\":\"PHONE\",\"answeredOn\":\"2026-11-20\"}").statusCode())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/customers/" + customer + "/questionnaire-responses", manager, "{not json")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void theResultsExportIsAnXlsxWithScoresAndInertText() throws IOException {
        long survey = QuestionnaireFixtures.published(api, supervisor, QuestionnaireFixtures.title("导出问卷"));
        long customer = customer("南京导出%d物流有限公司");
        assertThat(record(customer, """
                {"questionnaireId":%d,"channel":"MAIL","answeredOn":"2026-11-27","respondent":"=HYPERLINK(\\"x\\")",
                 "answers":[{"question":"q1","choices":["A"]},{"question":"q3","choices":["A","C"]},
                            {"question":"q4","text":"+1 好评"}]}""".formatted(survey)).statusCode()).isEqualTo(201);

        HttpResponse<byte[]> file = api.bytes("/api/v1/questionnaires/" + survey + "/export", manager);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("客户");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("服务质量");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("南京导出");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("邮件调查");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(90.0); // service 100, price 70: (200 + 70) / 3
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(70.0);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("非常满意");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("运价；折扣");
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("'+1 好评");
        }
        assertThat(api.bytes("/api/v1/questionnaires/" + survey + "/export", DemoAccounts.token(api, "admin"))
                .statusCode()).isEqualTo(403);
    }

    private long customer(String pattern) {
        return TestCustomers.register(api, manager, pattern.formatted(ThreadLocalRandom.current().nextInt(1_000_000)));
    }

    private HttpResponse<String> record(long customer, String json) {
        return api.post("/api/v1/customers/" + customer + "/questionnaire-responses", manager, json);
    }

    private static String answersTo(long survey) {
        return """
                {"questionnaireId":%d,"channel":"PHONE","answeredOn":"2026-11-28",
                 "answers":[{"question":"q1","choices":["A"]}]}""".formatted(survey);
    }

    private void refusedDefinition(String json, String field) {
        HttpResponse<String> response = api.post("/api/v1/questionnaires", supervisor, json);
        assertThat(response.statusCode()).as(json + " → " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private void refusedAnswer(long customer, long survey, String channel, String on, String answers, String field) {
        String json = "{\"questionnaireId\":%d,\"channel\":\"%s\",\"answeredOn\":\"%s\",\"answers\":%s}"
                .formatted(survey, channel, on, answers);
        HttpResponse<String> response = record(customer, json);
        assertThat(response.statusCode()).as(json + " → " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }
}
