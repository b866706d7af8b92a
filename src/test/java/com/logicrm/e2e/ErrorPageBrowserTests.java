package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

@BrowserTest
class ErrorPageBrowserTests {

    @Test
    void anAccountManagerOpeningTheUserAdministrationGetsTheForbiddenPage(Page page) {
        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);

        Response response = page.navigate("/admin/users");

        Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(page).hasTitle("403 · 无权访问 · 物流客户信息管理系统");
        assertThat(page.locator("[data-test=error-title]")).hasText("无权访问");
        assertNoStackTrace(page);
        Screenshots.take(page, "error-403");
    }

    @Test
    void anUnknownPageGetsTheNotFoundPage(Page page) {
        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);

        Response response = page.navigate("/no-such-page");

        Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("[data-test=error-title]")).hasText("页面不存在");
        assertNoStackTrace(page);
        Screenshots.take(page, "error-404");
    }

    private static void assertNoStackTrace(Page page) {
        Assertions.assertThat(page.content()).as("the whole page, hidden parts included")
                .doesNotContain("Exception", "at com.", "at org.", "at java.", "Whitelabel", "trace");
    }
}
