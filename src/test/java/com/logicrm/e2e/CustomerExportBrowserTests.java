package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class CustomerExportBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theSalesAdminExportsTheFilteredListAndOpensIt(Page page) throws Exception {
        String brand = "瑄" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        ApiClient api = new ApiClient(port);
        String manager = api.token("manager", DemoAccounts.PASSWORD);
        for (String place : new String[] {"浦东", "闵行", "嘉定"}) {
            Assertions.assertThat(api.post("/api/v1/customers", manager, """
                    {"kind":"ENTERPRISE","name":"上海%s%s货运有限公司","regionCode":"310115"}"""
                    .formatted(brand, place)).statusCode()).isEqualTo(201);
        }
        SignInPage.open(page).signIn("sales", DemoAccounts.PASSWORD);
        page.navigate("/customers?q=" + brand);
        assertThat(page.locator("[data-test=export-xlsx]")).isVisible();
        Screenshots.take(page, "customer-list-export");

        Download download = page.waitForDownload(() -> page.locator("[data-test=export-xlsx]").click());
        Assertions.assertThat(download.suggestedFilename()).startsWith("客户清单-").endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Assertions.assertThat(text.formatCellValue(sheet.getRow(0).getCell(1))).isEqualTo("客户名称");
            Assertions.assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int r = 1; r <= 3; r++) {
                Assertions.assertThat(text.formatCellValue(sheet.getRow(r).getCell(1))).contains(brand);
            }
        }
    }
}
