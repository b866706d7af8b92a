package com.logicrm.classification.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.BrowserSession;
import com.logicrm.support.DemoAccounts;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The screening and inactivity pages over plain HTTP: who sees what and the forms' refusals in Chinese and English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreeningPagesTests {

    @LocalServerPort
    int port;

    private BrowserSession signedIn(String username) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(username, DemoAccounts.PASSWORD);
        return session;
    }

    @Test
    void thePagesAreForReadersAndTheFormsForThoseWhoMayUseThem() {
        BrowserSession manager = signedIn("manager");
        HttpResponse<String> screenings = manager.get("/classification/screenings");
        assertThat(screenings.statusCode()).isEqualTo(200);
        assertThat(screenings.body()).contains("年末筛选", "data-test=\"screening-form\"", "年度采购额低于（观察）");
        HttpResponse<String> inactivity = manager.get("/classification/inactivity");
        assertThat(inactivity.statusCode()).isEqualTo(200);
        assertThat(inactivity.body()).contains("不活跃客户跟进", "等级 A：7 天", "未分级：30 天")
                .doesNotContain("data-test=\"refresh\"");

        BrowserSession gm = signedIn("gm");
        assertThat(gm.get("/classification/screenings").body()).doesNotContain("data-test=\"screening-form\"");
        assertThat(signedIn("service").get("/classification/screenings").statusCode()).isEqualTo(403);
        assertThat(signedIn("service").get("/classification/inactivity").statusCode()).isEqualTo(403);
        assertThat(manager.get("/classification/screenings?lang=en").body()).contains("Year-end screening",
                "Annual purchases below (watch)");
    }

    @Test
    void contradictoryRulesFromTheFormComeBackAsAMessage() {
        BrowserSession manager = signedIn("manager");
        String csrf = manager.csrfTokenOf("/classification/screenings");
        HttpResponse<String> refused = manager.postForm("/classification/screenings", Map.of("_csrf", csrf,
                "year", "2012", "watchOverdueAbove", "60", "dropOverdueAbove", "40"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(manager.get("/classification/screenings").body()).contains("data-test=\"flash-error\"",
                "规则互相矛盾");
        HttpResponse<String> unreadable = manager.postForm("/classification/screenings", Map.of("_csrf", csrf,
                "year", "二〇一二"));
        assertThat(unreadable.statusCode()).isEqualTo(302);
        assertThat(manager.get("/classification/screenings").body()).contains("年度必须在 2000 到");
    }

    @Test
    void aMissingReasonOnTheWorklistComesBackAsAMessage() {
        BrowserSession manager = signedIn("manager");
        String csrf = manager.csrfTokenOf("/classification/inactivity");
        HttpResponse<String> refused = manager.postForm("/classification/inactivity/999999999/resolution",
                Map.of("_csrf", csrf, "reason", "PRICE"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(manager.get("/classification/inactivity").body()).contains("data-test=\"flash-error\"",
                "不在不活跃客户列表中");
    }
}
