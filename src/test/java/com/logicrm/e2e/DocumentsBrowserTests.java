package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class DocumentsBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAccountManagerFilesACallRecordAndDownloadsItUnderItsChineseName(Page page) throws Exception {
        long customer = newCustomer();
        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);
        page.navigate("/customers/" + customer + "?tab=documents");
        assertThat(page.locator("[data-test=tab-documents]")).hasClass(Pattern.compile("active"));

        byte[] text = "电话沟通记录：客户要求周五前报价。\n".getBytes(StandardCharsets.UTF_8);
        page.locator("#documentFile").setInputFiles(new FilePayload("询价电话.txt", "text/plain", text));
        page.locator("#documentType").selectOption("CALL_RECORD");
        page.locator("#documentTitle").fill("询价电话");
        page.locator("#documentDate").fill("2026-11-20");
        page.locator("[data-test=document-submit]").click();

        assertThat(page.locator("[data-test=flash]")).containsText("文件已归档：询价电话");
        assertThat(page.locator("[data-test=documents]")).containsText("电话沟通记录");
        assertThat(page.locator("[data-test=documents]")).containsText("询价电话.txt");
        Screenshots.take(page, "customer-documents");

        Download download = page.waitForDownload(() -> page.locator("[data-test=document-download]").first().click());
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("询价电话.txt");
        Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(text);
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithAMessage(Page page) {
        long customer = newCustomer();
        SignInPage.open(page).signIn("manager", DemoAccounts.PASSWORD);
        page.navigate("/customers/" + customer + "?tab=documents");

        page.locator("#documentFile").setInputFiles(new FilePayload("tool.exe", "application/octet-stream",
                new byte[] {'M', 'Z', 0, 0, 0}));
        page.locator("#documentTitle").fill("工具");
        page.locator("#documentDate").fill("2026-11-20");
        page.locator("[data-test=document-submit]").click();

        assertThat(page.locator("[data-test=flash-error]")).containsText("不接受文件“tool.exe”");
    }

    private long newCustomer() {
        ApiClient api = new ApiClient(port);
        String first17 = "91440300" + "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000));
        String code = first17 + CreditCode.checkCharacter(first17);
        HttpResponse<String> created = api.post("/api/v1/customers", api.token("manager", DemoAccounts.PASSWORD), """
                {"kind":"ENTERPRISE","name":"深圳浏览器测试%s供应链有限公司","creditCode":"%s","regionCode":"440305"}"""
                .formatted(code.substring(8, 17), code));
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        Assertions.assertThat(id.find()).as(created.body()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
