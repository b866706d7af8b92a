package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.logicrm.support.DemoAccounts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class CompanyKpiBrowserTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSupervisorEntersAMarketSizeAndReadsShareAndCoverage(Page page) {
        String year = Integer.toString(LocalDate.now().getYear());
        SignInPage.open(page).signIn("supervisor", DemoAccounts.PASSWORD);
        page.navigate("/kpis/market-sizes");
        page.selectOption("#regionCode", "310000");
        page.fill("#period", year);
        page.fill("#marketValue", "-5");
        page.locator("[data-test=market-save]").click();
        assertThat(page.locator("[data-test=flash-error]")).containsText("须大于零");
        page.selectOption("#regionCode", "310000");
        page.fill("#period", year);
        page.fill("#marketValue", "2000000");
        page.fill("#potentialCustomers", "200");
        page.locator("[data-test=market-save]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("上海市");
        assertThat(page.locator("[data-test=market-sizes]")).containsText("2,000,000.00");
        Screenshots.take(page, "market-sizes");

        page.navigate("/kpis/company?period=" + year);
        assertThat(page.locator("h1")).hasText("公司指标");
        assertThat(page.locator("[data-region='310000'] [data-test=share] span")).containsText("%");
        assertThat(page.locator("[data-region='310000'] [data-test=share] span")).hasAttribute("title",
                java.util.regex.Pattern.compile(".+ / 2000000"));
        assertThat(page.locator("[data-region='310000'] [data-test=coverage] span")).hasAttribute("title",
                java.util.regex.Pattern.compile("\\d+ / 200"));
        assertThat(page.locator("[data-test=regions]")).containsText("未录入市场规模");
        assertThat(page.locator("[data-test=share-chart][data-drawn=true]")).hasCount(1);
        assertThat(page.locator("[data-test=coverage-chart] canvas")).hasCount(1);
        assertThat(page.locator("[data-test=no-complaints]")).isVisible();
        Screenshots.take(page, "company-kpis");
    }

    @Test
    void aDemoCustomerShowsItsAgeingAndItsReturns(Page page) {
        List<Long> returned = jdbc.sql("select customer_id from shipment.customer_return where source = 'DEMO' order by 1")
                .query(Long.class).list();
        long customer = returned.get(0);
        SignInPage.open(page).signIn("supervisor", DemoAccounts.PASSWORD);
        page.navigate("/customers/" + customer + "?tab=service");
        assertThat(page.locator("[data-test=receivables]")).containsText("应收账款");
        assertThat(page.locator("[data-test=latest-invoices]")).containsText("DEMO-" + customer);
        assertThat(page.locator("[data-test=ageing-chart][data-drawn=true]")).hasCount(1);
        Screenshots.take(page, "demo-receivables");
        page.navigate("/customers/" + customer + "?tab=archive");
        assertThat(page.locator("[data-section=RETURNS]")).containsText("DEMO-R-" + customer);
    }
}
