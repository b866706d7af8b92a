package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.ClassificationRunner;
import com.logicrm.support.ClassificationRunner.Order;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.TestCustomers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An account manager screens 2013 from the page, records a decision with its reason on the customer the
 * rules would drop, and follows up a customer that has gone silent.
 */
@BrowserTest
class ScreeningBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theAccountManagerScreensAYearAndRecordsADecision(Page page) {
        ApiClient api = new ApiClient(port);
        String manager = DemoAccounts.token(api, "manager");
        String stamp = Long.toString(System.nanoTime() % 100_000);
        long good = TestCustomers.register(api, manager, "上海年末优质" + stamp + "物流有限公司");
        long small = TestCustomers.register(api, manager, "上海年末零星" + stamp + "物流有限公司");
        List<Order> orders = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            orders.add(new Order(good, "2013-%02d-08".formatted(month), "TRANSPORT", 3, "8800.00", "6100.00"));
        }
        orders.add(new Order(small, "2013-06-18", "EXPRESS", 1, "560.00", "540.00"));
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"), orders);

        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);
        page.navigate("/classification/screenings");
        assertThat(page.locator("h1")).hasText("年末筛选");
        page.locator("#year").fill("2013");
        page.locator("[data-test=start-screening]").click();
        assertThat(page.locator("[data-test=screening-state]")).hasText("已完成",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        Locator goodRow = page.locator("[data-test=screening-lines] tr[data-customer='" + good + "']");
        assertThat(goodRow.locator("[data-test=recommendation]")).hasText("保留");
        assertThat(goodRow.locator("[data-test=customer-name]")).hasText("上海年末优质" + stamp + "物流有限公司");
        Screenshots.take(page, "screening-list");

        page.locator("[data-test=recommendation-DROP]").click();
        Locator smallRow = page.locator("[data-test=screening-lines] tr[data-customer='" + small + "']");
        assertThat(smallRow.locator("[data-test=recommendation]")).hasText("淘汰");
        assertThat(goodRow).hasCount(0);
        smallRow.locator("[data-test=open-line]").click();

        assertThat(page.locator("[data-test=line-title]")).hasText("上海年末零星" + stamp + "物流有限公司");
        assertThat(page.locator("[data-test=measures] [data-test=revenue]")).hasText("560.00");
        assertThat(page.locator("[data-test=finding]").first()).hasText("采购额低于淘汰阈值");
        page.locator("#decision").selectOption("WATCH");
        page.locator("#reason").fill("新开发客户，明年观察一年再定");
        page.locator("[data-test=save-decision]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("已记录对客户的决定");
        assertThat(page.locator("[data-test=current-decision]")).containsText("已决定：观察");
        assertThat(page.locator("[data-test=current-decision]")).containsText("新开发客户，明年观察一年再定");
        assertThat(page.locator("[data-test=filed]")).hasText(Pattern.compile("已归入下一年度档案，目录号 1-2014-\\d{3}"));
        Screenshots.take(page, "screening-decision");

        page.navigate("/classification/screenings");
        page.locator("[data-test=decision-WATCH]").click();
        assertThat(page.locator("[data-test=screening-lines] tr[data-customer='" + small + "'] [data-test=decision]"))
                .hasText("观察");
    }

    @Test
    void theAccountManagerRecordsWhyASilentCustomerStoppedShipping(Page page) {
        ApiClient api = new ApiClient(port);
        String manager = DemoAccounts.token(api, "manager");
        String name = "上海久未发货" + System.nanoTime() % 100_000 + "物流有限公司";
        long silent = TestCustomers.register(api, manager, name);
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"), List.of(
                new Order(silent, LocalDate.now().minusDays(75).toString(), "TRANSPORT", 1, "1200.00", "800.00")));
        HttpResponse<String> refresh = api.post("/api/v1/classification/inactivity/refresh",
                DemoAccounts.token(api, "supervisor"), "");
        org.assertj.core.api.Assertions.assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(202);
        awaitListed(api, manager, silent);

        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);
        page.navigate("/classification/inactivity");
        assertThat(page.locator("h1")).hasText("不活跃客户跟进");
        Locator row = page.locator("[data-test=worklist] tr[data-customer='" + silent + "']");
        assertThat(row.locator("[data-test=customer-name]")).hasText(name);
        assertThat(row.locator("[data-test=days-silent]")).hasText("75 天");
        row.locator("select[name=reason]").selectOption("COMPETITOR");
        row.locator("input[name=note]").fill("对方报价低 8%，已约下周拜访");
        Screenshots.take(page, "inactivity-worklist");
        row.locator("[data-test=resolve]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("已记录跟进原因");
        assertThat(page.locator("[data-test=worklist] tr[data-customer='" + silent + "']")).hasCount(0);
        Screenshots.take(page, "inactivity-resolved");
    }

    private static void awaitListed(ApiClient api, String token, long customer) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> list = api.get("/api/v1/classification/inactivity?size=200", token);
            if (Json.<List<Number>>read(list, "$.customers[*].customerId").stream()
                    .anyMatch(id -> id.longValue() == customer)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("customer " + customer + " never listed: " + list.body());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }
}
