package com.logicrm.collection;

import static com.logicrm.collection.QuestionnaireFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.logicrm.support.WebSession;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** With a mail server configured the link is mailed to the customer (in Chinese), and works once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logicrm.questionnaire.link-lifetime=2h", "logicrm.questionnaire.mail-from=survey@logicrm.test"})
class QuestionnaireMailTests {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Test
    void theLinkMailArrivesAndTheLinkInItWorksOnce() throws Exception {
        ApiClient api = new ApiClient(port);
        String manager = DemoAccounts.token(api, "manager");
        long survey = QuestionnaireFixtures.published(api, DemoAccounts.token(api, "supervisor"),
                QuestionnaireFixtures.title("邮件问卷"));
        String name = "青岛邮件%d港口物流有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        long customer = TestCustomers.register(api, manager, name);

        HttpResponse<String> made = api.post("/api/v1/customers/" + customer + "/questionnaire-links", manager,
                "{\"questionnaireId\":" + survey + ",\"email\":\"li@customer.example\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode link = json(made);
        assertThat(link.path("mailed").asBoolean()).isTrue();
        assertThat(link.path("sentTo").asString()).isEqualTo("li@customer.example");
        assertThat(Instant.parse(link.path("expiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofMinutes(110)), Instant.now().plus(Duration.ofMinutes(121)));

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = MAIL.getReceivedMessagesForDomain("customer.example")[0];
        assertThat(mail.getSubject()).startsWith("问卷调查：邮件问卷");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("survey@logicrm.test");
        String body = mail.getContent().toString();
        assertThat(body).contains(name + "：", "只能提交一次");
        Matcher url = Pattern.compile("http://\\S+/survey/(\\S+)").matcher(body);
        assertThat(url.find()).as(body).isTrue();
        assertThat(url.group()).isEqualTo(link.path("url").asString());

        WebSession visitor = WebSession.anonymous(api);
        String path = "/survey/" + url.group(1);
        HttpResponse<String> page = visitor.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(visitor.post(path, page.body(), Map.of("q.q1", "B")).statusCode()).isEqualTo(302);
        HttpResponse<String> second = visitor.get(path);
        assertThat(second.statusCode()).isEqualTo(410);
        assertThat(second.body()).contains("此问卷链接已使用或已过期");
    }
}
