package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class QuestionnaireBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAccountManagerRecordsAnswersFromTheCustomerPageAndReadsTheResultsChart(Page page) {
        ApiClient api = new ApiClient(port);
        String supervisor = DemoAccounts.token(api, "supervisor");
        String title = "客户满意度调查" + ThreadLocalRandom.current().nextInt(1_000_000);
        HttpResponse<String> defined = api.post("/api/v1/questionnaires", supervisor, """
                {"title":"%s","purpose":"SATISFACTION","description":"请根据近三个月的合作情况作答。",
                 "dimensions":[{"code":"service","name":"服务质量","weight":2},{"code":"time","name":"运输时效","weight":1},
                               {"code":"price","name":"价格","weight":1}],
                 "questions":[
                   {"code":"q1","kind":"SINGLE_CHOICE","text":"您对我司整体服务是否满意？","dimension":"service","required":true,
                    "options":[{"label":"非常满意","points":100},{"label":"满意","points":75},{"label":"一般","points":50},
                               {"label":"不满意","points":0}]},
                   {"code":"q2","kind":"SCALE","text":"货物准时到达的情况","dimension":"time"},
                   {"code":"q3","kind":"MULTIPLE_CHOICE","text":"您认可的价格优势","dimension":"price",
                    "options":[{"label":"运价","points":60},{"label":"账期","points":30},{"label":"折扣","points":10}]},
                   {"code":"q4","kind":"TEXT","text":"其他建议"}]}""".formatted(title));
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(defined.body());
        Assertions.assertThat(id.find()).as(defined.body()).isTrue();
        long survey = Long.parseLong(id.group(1));
        api.post("/api/v1/questionnaires/" + survey + "/publish", supervisor, "");
        long customer = TestCustomers.register(api, DemoAccounts.token(api, "manager"),
                "广州问卷页%d物流有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));

        SignInPage.open(page).signIn("supervisor", DemoAccounts.PASSWORD);
        page.navigate("/collection/questionnaires/" + survey);
        assertThat(page.locator("[data-test=questions]")).containsText("您对我司整体服务是否满意？");
        assertThat(page.locator("[data-test=dimensions]")).containsText("运输时效");
        Screenshots.take(page, "questionnaire-editor");
        page.locator("[data-test=sign-out]").click();

        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);
        page.navigate("/customers/" + customer + "?tab=archive");
        page.locator("[data-test=questionnaire-link]").click();
        page.locator("#questionnaireId").selectOption(Long.toString(survey));
        page.locator("form[method=get] button[type=submit]").click();
        page.locator("#channel").selectOption("VISIT");
        page.locator("#respondent").fill("陈经理");
        page.locator("#q-q1-B").check();
        page.locator("#q-q2-4").check();
        page.locator("#q-q3-A").check();
        page.locator("#q-q3-B").check();
        page.locator("#q-q4").fill("希望增加夜间提货时段。");
        Screenshots.take(page, "questionnaire-answer");
        page.locator("[data-test=answer-submit]").click();
        // service 75, time 75, price 90: (2 × 75 + 75 + 90) / 4 = 78.75 → 78.8
        assertThat(page.locator("[data-test=flash]")).containsText("答卷已保存，总分 78.8");
        assertThat(page.locator("[data-test=responses]")).containsText("上门调查");

        page.navigate("/collection/questionnaires/" + survey + "/results");
        assertThat(page.locator("[data-test=results-summary]")).containsText("共 1 份答卷，1 位客户");
        assertThat(page.locator("[data-test=results-overall]")).containsText("78.8");
        assertThat(page.locator("[data-test=results-chart][data-drawn=true]")).hasCount(1);
        assertThat(page.locator("[data-test=results-customers]")).containsText("广州问卷页");
        assertThat(page.locator("[data-test=questionnaire-export]")).isVisible();
        Screenshots.take(page, "questionnaire-results");

        // the customer's own one-time link: answered once, then a page saying it is used
        page.navigate("/collection/questionnaires/answers?customerId=" + customer + "&questionnaireId=" + survey);
        page.locator("[data-test=link-send]").click();
        String link = page.locator("[data-test=survey-link-url]").inputValue();
        page.navigate(link);
        assertThat(page.locator("[data-test=survey-customer]")).containsText("广州问卷页");
        page.locator("#q-q1-A").check();
        Screenshots.take(page, "questionnaire-survey");
        page.locator("[data-test=survey-submit]").click();
        assertThat(page.locator("[data-test=survey-thanks]")).containsText("感谢您的反馈");
        page.navigate(link);
        assertThat(page.locator("[data-test=survey-gone]")).containsText("此问卷链接已使用或已过期");
        Screenshots.take(page, "questionnaire-link-used");
    }
}
