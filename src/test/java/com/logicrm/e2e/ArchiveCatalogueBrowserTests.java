package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.microsoft.playwright.Page;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class ArchiveCatalogueBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theSalesAdminCataloguesAReturnAndClosesTheYear(Page page) {
        long customer = newCustomer();
        SignInPage.open(page).signIn("sales", DemoAccounts.PASSWORD);
        page.navigate("/customers/" + customer + "?tab=archive");
        assertThat(page.locator("[data-test=tab-archive]")).hasClass(Pattern.compile("active"));

        page.locator("#entrySection").selectOption("BASIC");
        page.locator("#entryDate").fill("2015-04-08");
        page.locator("#entryTitle").fill("首次上门拜访报告");
        page.locator("[data-test=archive-entry-submit]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("1-2015-001");

        page.locator("#returnDate").fill("2015-09-21");
        page.locator("#returnKind").selectOption("COMPENSATION");
        page.locator("#returnAmount").fill("3,680.00");
        page.locator("#returnReason").fill("整车运输途中货物受潮");
        page.locator("#returnResponsibility").selectOption("OURS");
        page.locator("#returnFinding").fill("篷布破损未及时更换");
        page.locator("[data-test=archive-return-submit]").click();
        assertThat(page.locator("[data-section=RETURNS]")).containsText("¥3,680.00");
        assertThat(page.locator("[data-section=RETURNS]")).containsText("我方责任");

        page.locator("#volumeYear").fill("2015");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("[data-test=archive-close-year]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("已封卷");
        assertThat(page.locator("[data-volume='2015']")).containsText("2");
        assertThat(page.locator("[data-test=volume-intact]")).containsText("完好");
        Screenshots.take(page, "customer-archive-catalogue");

        page.locator("#entryDate").fill("2015-12-01");
        page.locator("#entryTitle").fill("补录");
        page.locator("[data-test=archive-entry-submit]").click();
        assertThat(page.locator("[data-test=flash-error]")).containsText("2015 年度卷已封卷");
    }

    private long newCustomer() {
        ApiClient api = new ApiClient(port);
        return TestCustomers.register(api, api.token("manager", DemoAccounts.PASSWORD),
                "上海档案目录%d仓储有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));
    }
}
