package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@BrowserTest
class AuditBrowserTests {

    @Test
    void theAdministratorSeesSignInsAndFindsTheChainIntact(Page page) {
        HomePage home = SignInPage.open(page).signIn("admin", DemoAccounts.PASSWORD);
        home.navigationLink("/admin/audit").click();

        assertThat(page).hasTitle("审计日志 · 物流客户信息管理系统");
        Locator signIns = page.locator("tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("code", new Page.LocatorOptions().setHasText(Pattern.compile("^SIGN_IN$")))));
        assertThat(signIns.filter(new Locator.FilterOptions().setHasText("admin")).first()).isVisible();

        page.locator("[data-test=verify]").click();

        Locator verification = page.locator("[data-test=verification]");
        assertThat(verification).containsText("审计日志完整");
        assertThat(verification).hasClass(Pattern.compile("\\balert-success\\b"));
        assertThat(signIns.first()).isVisible();
        PageLayout.assertFitsTheWindow(page);
        Screenshots.take(page, "audit-verified");
    }
}
