package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class FilingQueueBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAccountManagerSubmitsALetterAndTheSalesAdminFilesIt(Page page) {
        ApiClient api = new ApiClient(port);
        long customer = TestCustomers.register(api, api.token("manager", DemoAccounts.PASSWORD),
                "上海归档页%d冷链物流有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));

        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);
        page.navigate("/customers/" + customer + "?tab=documents");
        page.locator("[data-test=filing-submit] input[type=file]").setInputFiles(new FilePayload("询价函.txt",
                "text/plain", "客户来函询问冷链专线报价。".getBytes(StandardCharsets.UTF_8)));
        page.locator("[data-test=filing-submit] select[name=type]").selectOption("LETTER");
        page.locator("[data-test=filing-title]").fill("冷链专线询价函");
        page.locator("[data-test=filing-date]").fill("2026-11-27");
        page.locator("[data-test=filing-submit-button]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("已提交归档：冷链专线询价函");
        page.locator("[data-test=sign-out]").click();
        SignInPage.on(page).signIn("sales", DemoAccounts.PASSWORD);
        page.navigate("/collection/filing");
        assertThat(page.locator("[data-test=filing-summary]")).containsText("待归档");
        Screenshots.take(page, "filing-queue");
        page.locator("tr:has-text('冷链专线询价函') [data-test=file-submission]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("已归档：冷链专线询价函");
        page.navigate("/customers/" + customer + "?tab=documents");
        assertThat(page.locator("[data-test=documents]")).containsText("冷链专线询价函");
    }
}
