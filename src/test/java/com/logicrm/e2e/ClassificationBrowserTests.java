package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.ClassificationRunner;
import com.logicrm.support.ClassificationRunner.Order;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor grades last year's customers from the page, watches the charts draw, opens class A and the
 * customers of one star grade, and an account manager reads one customer's classification on its page.
 */
@BrowserTest
class ClassificationBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theSupervisorRunsAClassificationAndDrillsIntoClassA(Page page) {
        ApiClient api = new ApiClient(port);
        String manager = DemoAccounts.token(api, "manager");
        Random random = new Random(2018);
        List<Order> orders = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        String[] services = {"TRANSPORT", "WAREHOUSING", "EXPRESS", "DISTRIBUTION"};
        for (int i = 0; i < 60; i++) {
            long id = TestCustomers.register(api, manager, "上海浏览归类%d物流有限公司".formatted(i));
            ids.add(id);
            for (int n = 0; n <= random.nextInt(6); n++) {
                long cents = (long) (Math.pow(random.nextDouble(), 3) * 8_000_000) + 5_000;
                orders.add(new Order(id, "2018-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28)),
                        services[random.nextInt(1 + i % services.length)], 1 + n, cents / 100 + "." + "%02d".formatted(cents % 100),
                        cents * (55 + random.nextInt(40)) / 10_000 + ".00"));
            }
        }
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"), orders);

        SignInPage.open(page).signIn("supervisor", DemoAccounts.PASSWORD);
        page.navigate("/classification");
        assertThat(page.locator("h1")).hasText("客户归类");
        page.locator("#periodFrom").fill("2018-01-01");
        page.locator("#periodTo").fill("2018-12-31");
        page.locator("[data-test=start-run]").click();
        page.waitForSelector("[data-test=abc-chart][data-drawn=true]", new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(60_000));
        assertThat(page.locator("[data-test=run-state]")).hasText("已完成");
        assertThat(page.locator("[data-test=run-customers]")).hasText("60 个客户");
        page.waitForSelector("[data-test=scatter-chart][data-drawn=true]", new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.ATTACHED));
        assertThat(page.locator("[data-drawn=true]")).hasCount(8);
        assertThat(page.locator("[data-test=decile-chart] canvas")).hasCount(1);
        assertThat(page.locator("[data-test=grade-table] [data-grade=A]")).containsText("A 类（VIP）");
        Screenshots.take(page, "classification-run");

        // the drill-down from a chart: the bar of class B on the revenue-share chart opens class B's customers
        Locator share = page.locator("[data-test=share-chart]");
        BoundingBox box = share.boundingBox();
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) share.evaluate("element => { const chart = echarts.getInstanceByDom(element);"
                + " const value = chart.getOption().series[0].data[1].value;"
                + " return chart.convertToPixel({seriesIndex: 0}, [1, value / 2]); }");
        page.mouse().click(box.x + bar.get(0).doubleValue(), box.y + bar.get(1).doubleValue());
        page.waitForURL(Pattern.compile(".*/customers\\?grade=B$"));
        assertThat(page.locator("[data-test=customers-title]")).hasText("本次归类的B 类（主要客户）客户");
        assertThat(page.locator("[data-test=run-customers] [data-test=grade]")).hasCount(40);
        page.goBack();

        page.locator("[data-test=grade-table] [data-grade=A] a").click();
        assertThat(page.locator("[data-test=customers-title]")).hasText("本次归类的A 类（VIP）客户");
        assertThat(page.locator("[data-test=run-customers] [data-test=grade]")).hasCount(10);
        Screenshots.take(page, "classification-class-a");
        page.goBack();

        // the new charts: RFM heat map, best vs loyal, purchase deciles, stars, and the loyalty model
        page.locator("[data-test=rfm-chart]").scrollIntoViewIfNeeded();
        assertThat(page.locator("[data-test=loyalty-model]")).containsText("忠诚度模型");
        assertThat(page.locator("[data-test=quadrant-table]")).containsText("最佳且忠诚");
        Screenshots.take(page, "classification-scores");

        // the drill-down from the star chart: the bar of A opens the customers with one star
        Locator stars = page.locator("[data-test=star-chart]");
        BoundingBox starBox = stars.boundingBox();
        @SuppressWarnings("unchecked")
        List<Number> lowest = (List<Number>) stars.evaluate("element => { const chart = echarts.getInstanceByDom(element);"
                + " const data = chart.getOption().series[0].data; const i = data.length - 1;"
                + " return chart.convertToPixel({seriesIndex: 0}, [i, Math.max(data[i].value, 0.5) / 2]); }");
        int ofStar = ((Number) stars.evaluate("element => echarts.getInstanceByDom(element).getOption().series[0]"
                + ".data[4].value")).intValue();
        if (ofStar > 0) {
            page.mouse().click(starBox.x + lowest.get(0).doubleValue(), starBox.y + lowest.get(1).doubleValue());
            page.waitForURL(Pattern.compile(".*/customers\\?star=1$"));
            assertThat(page.locator("[data-test=filter]")).containsText("星级 A");
            assertThat(page.locator("[data-test=run-customers] [data-test=star]")).hasCount(Math.min(ofStar, 50));
            Screenshots.take(page, "classification-star-a");
        }

        // the customer's page: grades run by run and the scores behind them
        page.navigate("/customers/" + ids.get(0) + "?tab=classification");
        assertThat(page.locator("[data-test=classification-tab]")).isVisible();
        assertThat(page.locator("[data-test=grade-history] tbody tr")).hasCount(1);
        assertThat(page.locator("[data-test=value-figures]")).containsText("净收入");
        Screenshots.take(page, "classification-customer-tab");
    }
}
