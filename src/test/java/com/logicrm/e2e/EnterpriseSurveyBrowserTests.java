package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class EnterpriseSurveyBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAccountManagerSurveysAnEnterpriseAndPrintsTheForm(Page page) {
        ApiClient api = new ApiClient(port);
        String name = "上海调查页%d国际货运代理有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        long customer = TestCustomers.register(api, DemoAccounts.token(api, "manager"), name);

        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);
        page.navigate("/customers/" + customer + "?tab=archive");
        page.locator("[data-test=survey-link]").click();
        assertThat(page.locator("#name")).hasValue(name);
        assertThat(page.locator("#surveyedOn")).hasValue(LocalDate.now().toString());
        page.locator("#surveyedOn").fill("2026-11-27");
        page.locator("#method").selectOption("DOOR_TO_DOOR");
        page.locator("#respondent").fill("周敏");
        page.locator("#respondentPosition").fill("物流总监");
        page.locator("#legalRepresentative").fill("周国强");
        page.locator("#legalForm").fill("有限责任公司");
        page.locator("#ownership").fill("民营");
        page.locator("#industry").fill("国际货运代理");
        page.locator("#foundingDate").fill("2012-06-01");
        page.locator("#registeredCapital").fill("8000000");
        page.locator("#staffCount").fill("140");
        page.locator("#scale").fill("年进出口货量约 3 万标箱");
        page.locator("#serviceArea").fill("华东至东南亚、中东");
        page.locator("#address").fill("上海市浦东新区外高桥保税区港澳路 239 号");
        page.locator("#phone").fill("021-50461234");
        page.locator("#businessScope").fill("国际海运、空运货物代理，报关报检，仓储");
        page.locator("#situation").fill("海运业务稳定，空运旺季舱位紧张，正在寻找稳定的干线合作方。");
        page.locator("#remarks").fill("客户对我司东南亚专线感兴趣，建议一周内报价。");
        Screenshots.take(page, "enterprise-survey-form");
        page.locator("[data-test=survey-submit]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("1-2026-001");
        assertThat(page.locator("[data-test=surveys]")).containsText("员工人数");

        page.navigate(page.locator("[data-test=survey-print]").first().getAttribute("href"));
        assertThat(page.locator("[data-test=survey-paper]")).containsText("空运旺季舱位紧张");
        assertThat(page.locator("[data-test=survey-paper]")).containsText("8,000,000.00");
        assertThat(page.locator("[data-test=survey-changed]")).containsText("法定代表人");
        Screenshots.take(page, "enterprise-survey-print");

        page.navigate("/customers/" + customer + "?tab=archive");
        assertThat(page.locator("[data-test=archive-tab]")).containsText("企业基本情况调查表 · 上门走访 · 周敏");
    }
}
