package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The customer archive as a sales admin, an account manager elsewhere and the information supervisor use it. */
@BrowserTest
class CustomerArchiveBrowserTests {

    @Test
    void aCustomerIsFiledFoundEditedAndKeptFromOtherDepartments(Page page) {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String name = "深圳鹭岛速运科技有限公司" + suffix;
        String code = creditCode("91440305");

        HomePage home = SignInPage.open(page).signIn("sales", DemoAccounts.PASSWORD);
        home.navigationLink("/customers/new").click();
        page.locator("input[name=name]").fill(name);
        page.locator("input[name=creditCode]").fill(code.substring(0, 17) + wrongCheck(code));
        assertThat(page.locator("[data-region-picker][data-ready=true]")).hasCount(1);
        page.locator("[data-region-level=province]").selectOption(new SelectOption().setLabel("广东省"));
        page.locator("[data-region-level=city]").selectOption(new SelectOption().setLabel("深圳市"));
        page.locator("[data-region-level=county]").selectOption(new SelectOption().setLabel("南山区"));
        page.locator("input[name=mobile]").fill("+86 139 0000 " + suffix.substring(0, 4));
        page.locator("[data-test=save-customer]").click();

        Locator codeError = page.locator("input[name=creditCode] ~ .invalid-feedback");
        assertThat(codeError).isVisible();
        assertThat(codeError).containsText("统一社会信用代码");
        Screenshots.take(page, "customer-bad-credit-code");

        page.locator("input[name=creditCode]").fill(code.toLowerCase());
        page.locator("[data-test=save-customer]").click();
        assertThat(page).hasURL(Pattern.compile("/customers/\\d+$"));
        assertThat(page.locator("[data-test=customer-name]")).hasText(name);
        assertThat(page.locator("[data-field=creditCode]")).hasText(code);
        assertThat(page.locator("[data-field=regionCode]")).hasText("广东省深圳市南山区");
        String archiveNo = page.locator("[data-test=archive-no]").textContent();
        String customerPath = page.url().replaceAll("^https?://[^/]+", "");
        Screenshots.take(page, "customer-filed");

        page.navigate("/customers/new");
        page.locator("input[name=name]").fill("深圳鹭岛另一家公司" + suffix);
        page.locator("input[name=creditCode]").fill(code);
        page.locator("[data-test=save-customer]").click();
        assertThat(page.locator("[data-test=form-error]")).containsText(archiveNo);

        page.navigate("/customers");
        page.locator("[data-test=customer-search]").fill("鹭岛");
        Locator row = page.locator("tr[data-archive-no='" + archiveNo + "']");
        assertThat(row).containsText(name);
        Screenshots.take(page, "customer-search");

        page.navigate(customerPath + "/edit");
        page.locator("input[name=name]").fill("深圳鹭岛速运集团有限公司" + suffix);
        page.locator("textarea[name=reason]").fill("营业执照变更");
        page.locator("[data-test=save-customer]").click();
        assertThat(page).hasURL(Pattern.compile("/customers/\\d+$"));
        assertThat(page.locator("[data-test=flash]")).containsText(archiveNo);
        page.locator("[data-test=tab-history]").click();
        Locator history = page.locator("[data-test=history]");
        assertThat(history).containsText(name);
        assertThat(history).containsText("深圳鹭岛速运集团有限公司" + suffix);
        assertThat(history).containsText("营业执照变更");
        Screenshots.take(page, "customer-history");

        new HomePage(page).signOut().signIn("manager2", DemoAccounts.PASSWORD);
        page.navigate("/customers?q=" + suffix.substring(0, 2));
        assertThat(page.locator("tr[data-archive-no='" + archiveNo + "']")).hasCount(0);
        page.navigate(customerPath);
        assertThat(page.locator("[data-test=error-title]")).hasText("页面不存在");
    }

    @Test
    void aConfidentialCustomerNeedsAGrantAndEveryViewIsAudited(Page page) {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String name = "上海机密客户贸易有限公司" + suffix;

        SignInPage.open(page).signIn("supervisor", DemoAccounts.PASSWORD);
        page.navigate("/customers/new");
        page.locator("input[name=name]").fill(name);
        page.locator("input[name=creditCode]").fill(creditCode("91310115"));
        page.locator("select[name=confidentiality]").selectOption("CONFIDENTIAL");
        page.locator("select[name=ownerId]").selectOption(new SelectOption().setLabel("黄强 (深圳分公司)"));
        page.locator("[data-test=save-customer]").click();
        assertThat(page).hasURL(Pattern.compile("/customers/\\d+$"));
        String customerPath = page.url().replaceAll("^https?://[^/]+", "");

        new HomePage(page).signOut().signIn("manager2", DemoAccounts.PASSWORD);
        page.navigate(customerPath);
        assertThat(page.locator("[data-test=error-title]")).hasText("页面不存在");

        page.navigate("/");
        new HomePage(page).signOut().signIn("supervisor", DemoAccounts.PASSWORD);
        page.navigate(customerPath + "?tab=access");
        page.locator("#grantUser").selectOption(new SelectOption().setLabel("黄强 (深圳分公司)"));
        page.locator("#grantUntil").fill(LocalDate.now().plusDays(3).toString());
        page.locator("#grantReason").fill("年度信用复核");
        page.locator("[data-test=grant]").click();
        assertThat(page.locator("[data-test=grants]")).containsText("黄强");
        Screenshots.take(page, "customer-grant");

        new HomePage(page).signOut().signIn("manager2", DemoAccounts.PASSWORD);
        page.navigate(customerPath);
        assertThat(page.locator("[data-test=customer-name]")).hasText(name);

        new HomePage(page).signOut().signIn("admin", DemoAccounts.PASSWORD);
        page.navigate("/admin/audit?action=CONFIDENTIAL_CUSTOMER_VIEWED&actor=manager2");
        assertThat(page.locator("table tbody tr").first()).containsText("CONFIDENTIAL_CUSTOMER_VIEWED");
    }

    private static String creditCode(String prefix) {
        StringBuilder body = new StringBuilder(prefix);
        while (body.length() < 17) {
            body.append(ThreadLocalRandom.current().nextInt(10));
        }
        return body.toString() + CreditCode.checkCharacter(body.toString());
    }

    private static char wrongCheck(String code) {
        return code.charAt(17) == '0' ? '1' : '0';
    }
}
