package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new sales admin's first import, as the issue walks it: download the template, upload 1,000 rows
 * typed into it in LibreOffice with 20 bad ones, dry-run, read the report, import the corrected file
 * with the progress bar, re-import a month later in update mode, export the list and open it.
 */
@BrowserTest
class CustomerImportBrowserTests {

    private static final Page.WaitForSelectorOptions LONG = new Page.WaitForSelectorOptions()
            .setState(WaitForSelectorState.VISIBLE).setTimeout(60_000);

    @LocalServerPort
    int port;

    @Test
    void aNewUserImportsAThousandCustomersFromTheTemplate(Page page) throws Exception {
        SignInPage.open(page).signIn("sales", DemoAccounts.PASSWORD);
        page.navigate("/collection/imports");
        assertThat(page.locator("h1")).hasText("客户导入");

        Download template = page.waitForDownload(() -> page.locator("[data-test=download-template]").click());
        Assertions.assertThat(template.suggestedFilename()).isEqualTo("客户导入模板.xlsx");
        try (InputStream in = Files.newInputStream(template.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Assertions.assertThat(text.formatCellValue(sheet.getRow(0).getCell(1))).isEqualTo("客户名称*");
            Assertions.assertThat(text.formatCellValue(sheet.getRow(1).getCell(1))).startsWith("【示例】");
            Assertions.assertThat(sheet.getDataValidations()).as("drop-downs for the enumerated fields").isNotEmpty();
        }

        upload(page, "walk-1000-rows-20-bad.xlsx");
        assertThat(page.locator("[data-test=mapping] tbody tr.table-warning")).hasCount(0);
        Screenshots.take(page, "import-mapping");
        page.locator("[data-test=dry-run]").click();
        page.waitForSelector("[data-test=outcome]", LONG);
        assertThat(page.locator("[data-test=state]")).hasText("已试运行");
        assertThat(page.locator("[data-test=bad]")).hasText("错误 20 行");
        assertThat(page.locator("[data-test=to-insert]")).hasText("可新建 980 个");
        assertThat(page.locator("[data-test=report] tbody tr")).hasCount(20);
        assertThat(page.locator("[data-test=report]")).containsText("2023-02-30");
        Screenshots.take(page, "import-dry-run-report");
        Download report = page.waitForDownload(() -> page.locator("[data-test=download-report]").click());
        try (InputStream in = Files.newInputStream(report.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Assertions.assertThat(workbook.getSheetAt(0).getLastRowNum()).as("a header and 20 lines").isEqualTo(20);
        }

        upload(page, "walk-1000-rows-fixed.xlsx");
        page.locator("[data-test=run-import]").click();
        if (page.locator("[data-test=progress]").isVisible()) {
            Screenshots.take(page, "import-progress");
        }
        page.waitForSelector("[data-test=inserted]", LONG);
        assertThat(page.locator("[data-test=state]")).hasText("已导入");
        assertThat(page.locator("[data-test=inserted]")).hasText("新建 1,000 个客户");
        Screenshots.take(page, "import-done");

        upload(page, "walk-1000-rows-30-changed.xlsx");
        page.locator("#mode-UPDATE").check();
        page.locator("[data-test=run-import]").click();
        page.waitForSelector("[data-test=updated]", LONG);
        assertThat(page.locator("[data-test=updated]")).hasText("更新 30 个客户");
        Screenshots.take(page, "import-update");

        ApiClient api = new ApiClient(port);
        String token = api.token("sales", DemoAccounts.PASSWORD);
        String found = api.get("/api/v1/customers?q=" + java.net.URLEncoder.encode("沪浦东物流0001有限公司",
                java.nio.charset.StandardCharsets.UTF_8), token).body();
        Assertions.assertThat(found).contains("沪浦东物流0001有限公司");

        page.navigate("/customers?tag=导入演示");
        Download export = page.waitForDownload(() -> page.locator("[data-test=export-xlsx]").click());
        try (InputStream in = Files.newInputStream(export.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Assertions.assertThat(workbook.getSheetAt(0).getLastRowNum()).as("the 1,000 imported customers")
                    .isEqualTo(1000);
        }
    }

    private static void upload(Page page, String fixture) throws URISyntaxException {
        page.navigate("/collection/imports");
        Path file = Path.of(CustomerImportBrowserTests.class.getResource("/imports/" + fixture).toURI());
        page.locator("#file").setInputFiles(file);
        page.locator("[data-test=upload]").click();
        assertThat(page.locator("[data-test=file-name]")).hasText(fixture);
    }
}
