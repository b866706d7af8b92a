package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class ReceivableSectionBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theAccountManagerSeesWhatTheCustomerOwesAndHowOverdueItIs(Page page) {
        ApiClient api = new ApiClient(port);
        long customer = TestCustomers.register(api, DemoAccounts.token(api, "manager"),
                "上海应收账龄%d仓储有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));
        LocalDate today = LocalDate.now();
        // one invoice in each bucket, due so many days before today: 1,000 not due, 2,000 at 10 days, ...
        int[] daysPastDue = {-10, 10, 45, 75, 120};
        StringBuilder invoices = new StringBuilder();
        for (int i = 0; i < daysPastDue.length; i++) {
            LocalDate due = today.minusDays(daysPastDue[i]);
            invoices.append(i == 0 ? "" : ",").append("""
                    {"number":"FP-%d","customerId":%d,"issuedOn":"%s","dueOn":"%s","amount":"%d.00"}"""
                    .formatted(i, customer, due.minusDays(30).isAfter(today) ? today : due.minusDays(30), due,
                            1000 * (i + 1)));
        }
        String finance = DemoAccounts.token(api, "finance");
        expectLoaded(api.post("/api/v1/invoices:batch", finance,
                "{\"source\":\"BILL\",\"items\":[" + invoices + "]}"), 5);
        // 1,500.00 against the oldest invoice (5,000.00 over 90 days)
        expectLoaded(api.post("/api/v1/payments:batch", finance, """
                {"source":"BANK","items":[{"externalId":"SK-%d","customerId":%d,"paidOn":"%s","amount":"1500.00",
                "invoiceNumber":"FP-4"}]}""".formatted(customer, customer, today)), 1);

        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);
        page.navigate("/customers/" + customer + "?tab=service");
        assertThat(page.locator("[data-test=receivables]")).containsText("应收账款");
        assertThat(page.locator("[data-field=invoiced]")).hasText("¥15,000.00");
        assertThat(page.locator("[data-field=paid]")).hasText("¥1,500.00");
        assertThat(page.locator("[data-field=open]")).hasText("¥13,500.00");
        assertThat(page.locator("[data-test=latest-invoices] [data-invoice=FP-4]")).containsText("3,500.00");
        assertThat(page.locator("[data-test=latest-invoices] [data-invoice=FP-4]")).containsText("120");
        assertThat(page.locator("[data-test=ageing-chart][data-drawn=true]")).hasCount(1);
        assertThat(page.locator("[data-test=ageing-chart] canvas")).hasCount(1);
        page.locator("[data-test=receivables]").scrollIntoViewIfNeeded();
        Screenshots.take(page, "customer-receivables");
    }

    private static void expectLoaded(HttpResponse<String> response, int count) {
        if (response.statusCode() != 200 || !response.body().contains("\"loaded\":" + count)) {
            throw new IllegalStateException(response.body());
        }
    }
}
