package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.microsoft.playwright.Page;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class TrackingRecordBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAccountManagerRecordsAVisitAndPrintsTheForm(Page page) {
        ApiClient api = new ApiClient(port);
        long customer = TestCustomers.register(api, api.token("manager", DemoAccounts.PASSWORD),
                "上海跟踪页%d电子商务有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));

        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);
        page.navigate("/customers/" + customer + "?tab=archive");
        page.locator("[data-test=tracking-link]").click();
        page.locator("#trackedOn").fill("2026-11-24");
        page.locator("#method").selectOption("VISIT");
        page.locator("#contactName").fill("李总");
        page.locator("#content").fill("上门介绍电商仓配一体化服务，参观客户现有仓库。");
        page.locator("#feedback").fill("双十一期间爆仓，希望增加临时仓容。");
        page.locator("#nextStep").fill("提交临时仓容报价");
        page.locator("#nextDate").fill("2026-11-30");
        page.locator("#stageAfter").selectOption("TARGET");
        page.locator("[data-test=tracking-submit]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("1-2026-001");

        page.navigate(page.locator("[data-test=tracking-print]").first().getAttribute("href"));
        assertThat(page.locator("[data-test=tracking-paper]")).containsText("双十一期间爆仓");
        assertThat(page.locator("[data-test=tracking-paper]")).containsText("潜在 → 目标");
        Screenshots.take(page, "tracking-record-print");
    }
}
