package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@BrowserTest
class UserAdministrationBrowserTests {

    private static final String PASSWORD = "Welcome2026";

    @Test
    void anAdministratorCreatesAnAccountManagerWhoThenSignsIn(Page page) {
        String username = "wangfang." + System.currentTimeMillis();
        HomePage home = SignInPage.open(page).signIn("admin", DemoAccounts.PASSWORD);
        home.navigationLink("/admin/users").click();
        page.locator("[data-test=new-user]").click();
        assertThat(page).hasURL(Pattern.compile("/admin/users/new$"));

        fillNewUser(page, username, "王芳");
        page.locator("[data-test=save]").click();

        assertThat(page).hasURL(Pattern.compile("/admin/users$"));
        assertThat(page.locator("[data-test=flash]")).hasText("已创建用户 " + username + "。");
        Locator row = page.locator("tr[data-username='" + username + "']");
        assertThat(row).containsText("王芳");
        assertThat(row).containsText("上海分公司");
        assertThat(row).containsText("客户经理");
        assertThat(row).containsText("正常");
        PageLayout.assertFitsTheWindow(page);
        Screenshots.take(page, "user-created");

        HomePage own = home.signOut().signIn(username, PASSWORD);
        assertThat(own.welcome()).hasText("王芳，您好");
        assertThat(own.roles()).hasText("客户经理");
        assertThat(own.scope()).hasText("本人客户");
        assertThat(own.currentUser()).containsText("上海分公司");
        assertThat(own.navigationSection("系统管理")).hasCount(0);
    }

    @Test
    void anEmptyDisplayNameIsRefusedNextToTheFieldInChinese(Page page) {
        String username = "noname." + System.currentTimeMillis();
        SignInPage.open(page).signIn("admin", DemoAccounts.PASSWORD);
        page.navigate("/admin/users/new");

        fillNewUser(page, username, "");
        page.locator("[data-test=save]").click();

        Locator displayName = page.locator("input[name=displayName]");
        assertThat(displayName).hasClass(Pattern.compile("\\bis-invalid\\b"));
        Locator message = page.locator("input[name=displayName] ~ .invalid-feedback");
        assertThat(message).isVisible();
        assertThat(message).hasText("不能为空");
        assertThat(page.locator("input[name=username]")).hasValue(username);
        assertThat(page.locator("input[name=username]")).not().hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.locator("[data-test=flash]")).hasCount(0);
        Screenshots.take(page, "user-form-invalid");

        page.navigate("/admin/users");
        assertThat(page.locator("tr[data-username='" + username + "']")).hasCount(0);
    }

    private static void fillNewUser(Page page, String username, String displayName) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=displayName]").fill(displayName);
        page.locator("select[name=departmentId]").selectOption(new SelectOption().setLabel("上海分公司"));
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=roles][value=ACCOUNT_MANAGER]").check();
    }
}
