package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

@BrowserTest
class LanguageBrowserTests {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");

    @Test
    void theSignInPageSwitchesToEnglishAndBack(Page page) {
        SignInPage form = SignInPage.open(page);
        assertThat(page).hasTitle("登录 · 物流客户信息管理系统");
        assertThat(form.submitButton()).hasText("登录");

        form.english().click();
        assertThat(page).hasTitle("Sign in · LogiCRM Customer Information");
        assertThat(form.submitButton()).hasText("Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertOnlyEnglishVisible(page, "中文");
        Screenshots.take(page, "language-login-en");

        form.chinese().click();
        assertThat(page).hasTitle("登录 · 物流客户信息管理系统");
        assertThat(form.submitButton()).hasText("登录");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        Screenshots.take(page, "language-login-zh");
    }

    @Test
    void englishChosenBeforeSigningInStaysThroughNavigationUntilSwitchedBack(Page page) {
        SignInPage.open(page).english().click();
        HomePage home = SignInPage.on(page).signIn("admin", DemoAccounts.PASSWORD);

        assertThat(page).hasTitle("Home · LogiCRM Customer Information");
        assertThat(home.welcome()).hasText("Hello, 系统管理员");
        assertThat(home.roles()).hasText("System administrator");
        assertThat(home.scope()).hasText("All");
        assertThat(home.navigationSection("Administration")).isVisible();
        assertThat(home.navigation()).containsText("Users");
        assertThat(home.undrawnCharts()).hasCount(0);
        // the data (the administrator's name and department) stays as entered; everything else is English
        assertOnlyEnglishVisible(page, "中文", "系统管理员", "总部");
        Screenshots.take(page, "language-home-en");

        home.navigationLink("/admin/users").click();
        assertThat(page).hasTitle("Users · LogiCRM Customer Information");
        assertThat(page.locator("main h1")).hasText("Users");

        home.chinese().click();
        assertThat(page).hasTitle("用户管理 · 物流客户信息管理系统");
        assertThat(page.locator("main h1")).hasText("用户管理");
        assertThat(home.navigationSection("系统管理")).isVisible();

        home.navigationLink("/").click();
        assertThat(home.welcome()).hasText("系统管理员，您好");
        assertThat(home.navigation()).containsText("用户管理");
        assertThat(home.undrawnCharts()).hasCount(0);
        Screenshots.take(page, "language-home-zh");
    }

    private static void assertOnlyEnglishVisible(Page page, String... data) {
        String text = page.locator("body").innerText();
        for (String allowed : data) {
            text = text.replace(allowed, "");
        }
        Assertions.assertThat(text).as("visible text in English").doesNotContainPattern(CHINESE);
    }
}
