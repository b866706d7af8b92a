package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class ShipmentLoadBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theSupervisorUploadsAShipmentFileAndReadsTheBadLines(Page page) {
        ApiClient api = new ApiClient(port);
        long customer = TestCustomers.register(api, DemoAccounts.token(api, "manager"),
                "上海运单文件%d物流有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));
        String file = String.join("\n",
                "externalId,customerId,customerArchiveNo,customerCreditCode,orderedOn,serviceType,pieces,weightKg,"
                        + "volumeM3,revenue,cost,pickedUpAt,promisedAt,deliveredAt",
                "W-1,%d,,,2026-11-03,TRANSPORT,2,10,,200.00,120.00,,,".formatted(customer),
                "W-2,%d,,,2026-11-04,TRANSPORT,2,10,,-1.00,120.00,,,".formatted(customer),
                "W-3,%d,,,2026-11-05,WAREHOUSING,5,50,1.2,800.00,500.00,,,".formatted(customer)) + "\n";

        SignInPage.open(page).signIn("supervisor", DemoAccounts.PASSWORD);
        page.navigate("/shipments/loads");
        assertThat(page.locator("h1")).hasText("运单文件导入");
        page.locator("#file").setInputFiles(new FilePayload("运单.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8)));
        page.locator("#source").fill("WMS-" + customer);
        page.locator("#onError").selectOption("SKIP");
        page.locator("[data-test=load-submit]").click();

        assertThat(page.locator("[data-test=load-state]")).hasText("已导入");
        assertThat(page.locator("[data-test=load-loaded]")).hasText("新导入 2 条");
        assertThat(page.locator("[data-test=load-rejected]")).hasText("错误 1 行");
        assertThat(page.locator("[data-test=load-errors] [data-line='3']")).containsText("不能为负数");
        Screenshots.take(page, "shipment-file-load");

        page.navigate("/customers/" + customer + "?tab=service");
        assertThat(page.locator("[data-field=orders]")).hasText("2");
    }
}
