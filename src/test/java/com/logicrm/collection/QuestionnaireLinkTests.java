package com.logicrm.collection;

import static com.logicrm.collection.QuestionnaireFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.logicrm.support.WebSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One-time links without a mail server: the link is handed back to copy; the customer answers without
 * signing in, once; a used or expired link answers 410 with a page in Chinese; only the token's hash is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionnaireLinkTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String manager;
    long survey;
    long customer;
    String customerName;

    @BeforeEach
    void aPublishedSurveyAndACustomer() {
        api = new ApiClient(port);
        manager = DemoAccounts.token(api, "manager");
        survey = QuestionnaireFixtures.published(api, DemoAccounts.token(api, "supervisor"),
                QuestionnaireFixtures.title("客户自助问卷"));
        customerName = "厦门链接%d国际物流有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        customer = TestCustomers.register(api, manager, customerName);
    }

    @Test
    void withoutAMailServerTheLinkIsShownAndWorksExactlyOnce() throws Exception {
        HttpResponse<String> made = api.post("/api/v1/customers/" + customer + "/questionnaire-links", manager,
                "{\"questionnaireId\":" + survey + ",\"email\":\"wang@example.com\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode link = json(made);
        assertThat(link.path("mailed").asBoolean()).isFalse();
        String url = link.path("url").asString();
        assertThat(url).startsWith(api.base() + "/survey/");
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(Instant.parse(link.path("expiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofDays(13)), Instant.now().plus(Duration.ofDays(15)));

        // only the SHA-256 of the token is in the database
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.sql("select count(*) from collection.questionnaire_link where token_hash = ?").param(hash)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from collection.questionnaire_link l where l::text like ?")
                .param("%" + token + "%").query(Integer.class).single()).isZero();

        WebSession visitor = WebSession.anonymous(api);
        HttpResponse<String> page = visitor.get("/survey/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("客户自助问卷", "致 " + customerName, "您对我司整体服务是否满意？", "name=\"_csrf\"")
                .doesNotContain("data-test=\"current-user\"", "张伟");

        // without the CSRF token the form is refused, and the link stays open
        HttpResponse<String> forged = api.send(api.request("/survey/" + token, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q.q1=A")).build());
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(visitor.get("/survey/" + token).statusCode()).isEqualTo(200);

        // a refused answer (the required question left out) leaves the link open
        HttpResponse<String> incomplete = visitor.post("/survey/" + token, page.body(), Map.of("q.q2", "4"));
        assertThat(incomplete.statusCode()).isEqualTo(302);
        assertThat(incomplete.headers().firstValue("Location").orElse("")).endsWith("/survey/" + token);
        assertThat(visitor.get("/survey/" + token).body()).contains("第 1 题为必答题");

        HttpResponse<String> answered = visitor.post("/survey/" + token, page.body(),
                Map.of("q.q1", "A", "q.q2", "4", "q.q4", "服务很好"));
        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(answered.headers().firstValue("Location").orElse("")).endsWith("/survey/thanks");
        assertThat(visitor.get("/survey/thanks").body()).contains("感谢您的反馈");

        HttpResponse<String> again = visitor.get("/survey/" + token);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("链接已失效", "已使用或已过期");
        assertThat(visitor.post("/survey/" + token, page.body(), Map.of("q.q1", "B")).statusCode()).isEqualTo(410);

        JsonNode responses = json(api.get("/api/v1/customers/" + customer + "/questionnaire-responses", manager));
        assertThat(responses).hasSize(1);
        assertThat(responses.get(0).path("channel").asString()).isEqualTo("LINK");
        assertThat(responses.get(0).path("answers").toString()).contains("服务很好");
        // service: (3 × 100 + 1 × 75) / 4 = 93.75 → 93.8
        assertThat(responses.get(0).path("score").path("overall").decimalValue()).isEqualByComparingTo("93.8");
    }

    @Test
    void anExpiredOrUnknownLinkIsGone() {
        JsonNode link = json(api.post("/api/v1/customers/" + customer + "/questionnaire-links", manager,
                "{\"questionnaireId\":" + survey + "}"));
        String url = link.path("url").asString();
        jdbc.sql("update collection.questionnaire_link set expires_at = now() - interval '1 minute' "
                + "where customer_id = ? and id = ?").params(customer, link.path("id").asLong()).update();

        WebSession visitor = WebSession.anonymous(api);
        HttpResponse<String> expired = visitor.get(url.substring(api.base().length()));
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("此问卷链接已使用或已过期");
        assertThat(visitor.get("/survey/not-a-token").statusCode()).isEqualTo(410);
    }

    @Test
    void linksAreMadeOnlyForPublishedQuestionnairesAndValidAddresses() {
        long draft = QuestionnaireFixtures.define(api, DemoAccounts.token(api, "supervisor"), "草稿链接问卷");
        assertThat(api.post("/api/v1/customers/" + customer + "/questionnaire-links", manager,
                "{\"questionnaireId\":" + draft + "}").statusCode()).isEqualTo(409);
        HttpResponse<String> badAddress = api.post("/api/v1/customers/" + customer + "/questionnaire-links", manager,
                "{\"questionnaireId\":" + survey + ",\"email\":\"not-an-address\"}");
        assertThat(badAddress.statusCode()).isEqualTo(400);
        assertThat(badAddress.body()).contains("\"field\":\"email\"");
    }

    @Test
    void staffRecordAnswersFromTheCustomerPageAndSeeTheLinkToCopy() {
        WebSession session = WebSession.signIn(api, "manager");
        assertThat(session.get("/customers/" + customer + "?tab=archive").body()).contains("data-test=\"questionnaire-link\"");
        String form = session.get("/collection/questionnaires/answers?customerId=" + customer + "&questionnaireId="
                + survey).body();
        assertThat(form).contains("问卷答卷", "您对我司整体服务是否满意？", "电话调查", "发送一次性答卷链接");

        HttpResponse<String> saved = session.post("/collection/questionnaires/answers", form, Map.of(
                "customerId", Long.toString(customer), "questionnaireId", Long.toString(survey), "channel", "VISIT",
                "answeredOn", "2026-11-26", "q.q1", "B", "q.q2", "3"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String after = session.get(saved.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        // service (3 × 75 + 50) / 4 = 68.75 → 68.8
        assertThat(after).contains("答卷已保存，总分 68.8", "上门调查", "1-2026-001");

        HttpResponse<String> linked = session.post("/collection/questionnaires/answers/link", after, Map.of(
                "customerId", Long.toString(customer), "questionnaireId", Long.toString(survey), "email", ""));
        assertThat(linked.statusCode()).isEqualTo(302);
        String withLink = session.get(linked.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        assertThat(withLink).contains("data-test=\"survey-link-url\"", "/survey/", "请复制以下链接转交客户");

        String results = session.get("/collection/questionnaires/" + survey + "/results").body();
        assertThat(results).contains("data-chart=\"bar\"", "服务质量", "68.8", customerName, "echarts.min.js");
    }
}
