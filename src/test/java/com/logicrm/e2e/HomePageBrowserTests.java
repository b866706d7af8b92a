package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@BrowserTest
class HomePageBrowserTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "admin,      系统管理员, 系统管理员,   全部,             true",
            "gm,         赵建国,     总经理,       全部,             true",
            "supervisor, 钱敏,       客户信息主管, 全部,             true",
            "finance,    孙丽,       财务部,       全部,             false",
            "servicemgr, 李娜,       客服部经理,   本部门及下级部门, false",
            "manager,    张伟,       客户经理,     本人客户,         false",
            "sales,      陈静,       销售内勤,     本部门及下级部门, false",
            "service,    刘洋,       客服专员,     本部门,           false"})
    void everyRoleSignsInToItsOwnChineseHomePage(String username, String displayName, String role, String scope,
            boolean seesAdministration, Page page) {
        HomePage home = SignInPage.open(page).signIn(username, DemoAccounts.PASSWORD);

        assertThat(page).hasTitle("首页 · 物流客户信息管理系统");
        assertThat(home.welcome()).hasText(displayName + "，您好");
        assertThat(home.roles()).hasText(role);
        assertThat(home.scope()).hasText(scope);
        assertThat(home.currentUser()).containsText(displayName);
        assertThat(home.navigationSection("系统管理")).hasCount(seesAdministration ? 1 : 0);
        assertThat(home.undrawnCharts()).hasCount(0);
        PageLayout.assertFitsTheWindow(page);
        Screenshots.take(page, "home-" + username);

        home.signOut();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.locator("[role=status]")).hasText("您已安全退出。");
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void theAdministratorsDashboardDrawsTheSignInChart(Page page) {
        HomePage home = SignInPage.open(page).signIn("admin", DemoAccounts.PASSWORD);

        Locator chart = page.locator("[data-chart][data-drawn=true]");
        assertThat(chart).hasCount(1);
        assertThat(chart.locator("canvas")).isVisible();
        assertThat(home.undrawnCharts()).hasCount(0);
        assertThat(page.locator(".card", new Page.LocatorOptions().setHas(chart))).containsText("近14天登录次数");
        chart.screenshot(new Locator.ScreenshotOptions().setPath(Screenshots.DIRECTORY.resolve("dashboard-chart.png")));
    }
}
