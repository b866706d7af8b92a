package com.logicrm.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import com.logicrm.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 档案目录 tab and the year-end close page as a browser uses them: session, CSRF, forms. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchivePagesTests {

    @LocalServerPort
    int port;

    ApiClient api;
    long customer;
    String tab;

    @BeforeEach
    void newCustomer() {
        api = new ApiClient(port);
        customer = TestCustomers.register(api, api.token("manager", DemoAccounts.PASSWORD),
                "上海目录页%d物流有限公司".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));
        tab = "/customers/" + customer + "?tab=archive";
    }

    @Test
    void aReturnsEntryIsRecordedOnTheTabAndShownWithItsNumberAmountAndFinding() {
        WebSession manager = WebSession.signIn(api, "manager");
        String page = manager.get(tab).body();
        assertThat(page).contains("档案目录", "1 基础资料与访问报告", "4 退赔折价", "登记退赔折价")
                .as("account managers do not close years").doesNotContain("data-test=\"archive-close-year\"");

        HttpResponse<String> saved = manager.post("/customers/" + customer + "/archive/entries", page, Map.of(
                "section", "RETURNS", "entryDate", "2024-06-18", "returnKind", "COMPENSATION", "amount", "１，２００.５",
                "title", "冷链断链货损<b>赔偿</b>", "responsibility", "OURS", "finding", "冷机故障未及时报告"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String after = manager.get(tab).body();
        assertThat(after).contains("已登记，目录编号 4-2024-001", "data-entry=\"4-2024-001\"", "¥1,200.50", "我方责任",
                "认定：冷机故障未及时报告", "冷链断链货损&lt;b&gt;赔偿&lt;/b&gt;").doesNotContain("<b>赔偿</b>");

        HttpResponse<String> refused = manager.post("/customers/" + customer + "/archive/entries", after, Map.of(
                "section", "RETURNS", "entryDate", "2024-06-18", "returnKind", "DISCOUNT", "amount", "很多",
                "title", "折价", "responsibility", "OURS"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(manager.get(tab).body()).contains("请填写大于零的金额，最多两位小数。");
    }

    @Test
    void theSalesAdminClosesAYearOnTheTabAndForTheWholeScopeInEnglishToo() {
        WebSession manager = WebSession.signIn(api, "manager");
        String page = manager.get(tab).body();
        manager.post("/customers/" + customer + "/archive/entries", page, Map.of("section", "CREDIT",
                "entryDate", "2017-03-03", "title", "授信审批表"));

        WebSession sales = WebSession.signIn(api, "sales");
        String salesTab = sales.get(tab).body();
        assertThat(salesTab).contains("data-test=\"archive-close-year\"", "2-2017-001");
        sales.post("/customers/" + customer + "/archive/volumes", salesTab, Map.of("year", "2017"));
        String closed = sales.get(tab).body();
        assertThat(closed).contains("已封卷：KH-", "/2017", "完好", "bi-lock-fill");

        String yearEnd = sales.get("/customers/archive/close?lang=en").body();
        assertThat(yearEnd).contains("Year-end close");
        HttpResponse<String> done = sales.post("/customers/archive/close", yearEnd, Map.of("year", "2016"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Year 2016 closed: 0 volumes holding 0 entries.");
        HttpResponse<String> notOver = sales.post("/customers/archive/close", yearEnd, Map.of("year", "2999"));
        assertThat(notOver.body()).contains("2999 is not over or not a valid year");

        assertThat(manager.get("/customers/archive/close").statusCode()).as("needs customer:archive")
                .isEqualTo(403);
    }
}
