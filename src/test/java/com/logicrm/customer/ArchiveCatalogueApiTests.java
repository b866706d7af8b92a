package com.logicrm.customer;

import static com.logicrm.customer.ArchiveFixtures.brand;
import static com.logicrm.customer.ArchiveFixtures.read;
import static com.logicrm.customer.ArchiveFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.ApiClient.FilePart;
import com.logicrm.support.DemoAccounts;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * ARC-9 over real HTTP on a real PostgreSQL: sections, catalogue numbers, the returns and discounts
 * section, annual volumes that freeze what they hold, and what a merge does with them. Each test uses
 * years of its own, so closing one never touches another test's entries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchiveCatalogueApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String manager;
    String sales;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        manager = api.token("manager", DemoAccounts.PASSWORD);
        sales = api.token("sales", DemoAccounts.PASSWORD);
    }

    @Test
    void entriesAreNumberedPerSectionAndYearAndDocumentsCatalogueThemselves() {
        long customer = customer(manager);
        assertThat(add(manager, customer, entry("BASIC", "2023-03-01", "首次拜访报告")).path("catalogueNo").asString())
                .isEqualTo("1-2023-001");
        assertThat(add(manager, customer, entry("BASIC", "2023-09-12", "年中回访")).path("catalogueNo").asString())
                .isEqualTo("1-2023-002");
        assertThat(add(manager, customer, entry("BASIC", "2024-01-05", "年初拜访")).path("catalogueNo").asString())
                .isEqualTo("1-2024-001");
        assertThat(add(manager, customer, entry("CREDIT", "2023-05-20", "银行资信证明")).path("catalogueNo").asString())
                .isEqualTo("2-2023-001");

        HttpResponse<String> contract = upload(manager, customer, "AGENCY_CONTRACT", "2023-06-30", Map.of());
        assertThat(contract.statusCode()).as(contract.body()).isEqualTo(201);
        long contractId = read(contract.body()).path("id").asLong();
        HttpResponse<String> statement = upload(manager, customer, "OTHER", "2023-07-01", Map.of("section", "CREDIT"));
        assertThat(statement.statusCode()).as(statement.body()).isEqualTo(201);

        JsonNode catalogue = catalogue(manager, customer);
        assertThat(catalogue.path("archiveNo").asString()).startsWith("KH-");
        JsonNode transactions = catalogue.path("sections").path("TRANSACTIONS");
        assertThat(transactions).hasSize(1);
        assertThat(transactions.get(0).path("catalogueNo").asString()).isEqualTo("3-2023-001");
        assertThat(transactions.get(0).path("documentId").asLong()).isEqualTo(contractId);
        assertThat(numbers(catalogue.path("sections").path("CREDIT"))).containsExactly("2-2023-002", "2-2023-001");
        assertThat(numbers(catalogue.path("sections").path("BASIC")))
                .containsExactly("1-2024-001", "1-2023-002", "1-2023-001");

        HttpResponse<String> only2023Basic = api.get("/api/v1/customers/" + customer
                + "/archive/entries?section=BASIC&year=2023", manager);
        assertThat(numbers(read(only2023Basic.body()))).containsExactly("1-2023-002", "1-2023-001");
        assertThat(jdbc.sql("select count(*) from customer.change_record where customer_id = ? and field = 'archiveEntry'")
                .param(customer).query(Long.class).single()).as("hand-made entries are history rows").isEqualTo(4);
    }

    @Test
    void returnsAndDiscountsNeedKindAmountAndResponsibilityAndNothingElseTakesThem() {
        long customer = customer(manager);
        assertRefused(entry("RETURNS", "2024-04-02", "玻璃制品破损"), "returnKind");
        assertRefused("""
                {"section":"RETURNS","entryDate":"2024-04-02","title":"破损","returnKind":"COMPENSATION",
                 "responsibility":"OURS"}""", "amount");
        assertRefused("""
                {"section":"RETURNS","entryDate":"2024-04-02","title":"破损","returnKind":"COMPENSATION",
                 "amount":-5,"responsibility":"OURS"}""", "amount");
        assertRefused("""
                {"section":"RETURNS","entryDate":"2024-04-02","title":"破损","returnKind":"COMPENSATION",
                 "amount":12.345,"responsibility":"OURS"}""", "amount");
        assertRefused("""
                {"section":"BASIC","entryDate":"2024-04-02","title":"拜访","amount":100}""", "section");
        assertRefused(entry("BASIC", LocalDate.now().plusDays(2).toString(), "明天的拜访"), "entryDate");
        assertRefused(entry("BASIC", "2024-04-02", " "), "title");
        assertRefused("""
                {"entryDate":"2024-04-02","title":"拜访"}""", "section");
        HttpResponse<String> notADocumentSection = upload(manager, customer, "LETTER", "2024-04-02",
                Map.of("section", "RETURNS"));
        assertThat(notADocumentSection.statusCode()).isEqualTo(400);
        assertThat(notADocumentSection.body()).contains("\"field\":\"section\"");

        JsonNode compensation = add(manager, customer, """
                {"section":"RETURNS","entryDate":"2024-04-02","title":"玻璃制品破损赔偿","returnKind":"COMPENSATION",
                 "amount":1200.5,"responsibility":"OURS","finding":"装卸时包装受压，司机未按规程操作"}""");
        assertThat(compensation.path("catalogueNo").asString()).isEqualTo("4-2024-001");
        assertThat(compensation.path("amount").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(compensation.path("responsibility").asString()).isEqualTo("OURS");
        assertThat(compensation.path("finding").asString()).isEqualTo("装卸时包装受压，司机未按规程操作");
        assertThat(catalogue(manager, customer).path("sections").path("RETURNS")).hasSize(1);
        assertThat(api.get("/api/v1/customers/" + customer + "/archive/entries/" + compensation.path("id").asLong(),
                manager).statusCode()).isEqualTo(200);
    }

    @Test
    void closingAPastYearFreezesItsEntriesAndDocumentsAndShowsTampering() {
        long customer = customer(manager);
        long visit = add(manager, customer, entry("BASIC", "2020-05-06", "拜访报告")).path("id").asLong();
        add(manager, customer, """
                {"section":"RETURNS","entryDate":"2020-08-01","title":"延误折价","returnKind":"DISCOUNT",
                 "amount":300,"responsibility":"UNDETERMINED"}""");
        HttpResponse<String> letter = upload(manager, customer, "LETTER", "2020-10-10", Map.of());
        long letterId = read(letter.body()).path("id").asLong();

        assertThat(closeYear(manager, customer, 2020).statusCode()).as("account managers do not close years")
                .isEqualTo(403);
        assertThat(closeYear(sales, customer, LocalDate.now().getYear()).statusCode())
                .as("the current year is still being filed into").isEqualTo(400);
        HttpResponse<String> closed = closeYear(sales, customer, 2020);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
        JsonNode volume = read(closed.body());
        assertThat(volume.path("volumeNo").asString()).endsWith("/2020").startsWith("KH-");
        assertThat(volume.path("entryCount").asInt()).isEqualTo(3);
        assertThat(volume.path("intact").asBoolean()).isTrue();
        assertThat(volume.path("digest").asString()).matches("[0-9a-f]{64}");
        assertThat(closeYear(sales, customer, 2020).statusCode()).as("closed once").isEqualTo(409);

        HttpResponse<String> late = api.post("/api/v1/customers/" + customer + "/archive/entries", manager,
                entry("BASIC", "2020-12-30", "补录的拜访"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("2020 年度卷已封卷");
        assertThat(upload(manager, customer, "LETTER", "2020-11-11", Map.of()).statusCode()).isEqualTo(409);
        assertThat(api.delete("/api/v1/customers/" + customer + "/archive/entries/" + visit, manager).statusCode())
                .isEqualTo(409);
        assertThat(api.delete("/api/v1/customers/" + customer + "/documents/" + letterId, manager).statusCode())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/customers/" + customer + "/documents/" + letterId, manager).statusCode())
                .as("the document is still on file").isEqualTo(200);
        assertThat(add(manager, customer, entry("BASIC", "2021-01-04", "新年拜访")).path("catalogueNo").asString())
                .as("the next year is open").isEqualTo("1-2021-001");

        jdbc.sql("update customer.archive_entry set title = '改过的标题' where customer_id = ? and id = ?")
                .params(customer, visit).update();
        JsonNode volumes = catalogue(sales, customer).path("volumes");
        assertThat(volumes).hasSize(1);
        assertThat(volumes.get(0).path("intact").asBoolean()).as("a change behind LogiCRM's back shows").isFalse();
    }

    @Test
    void yearEndCloseSealsEveryCustomerInScopeAndNoOther() {
        long shanghai = customer(manager);
        add(manager, shanghai, entry("BASIC", "2019-02-02", "拜访"));
        add(manager, shanghai, entry("CREDIT", "2019-03-03", "授信审批"));
        String manager2 = api.token("manager2", DemoAccounts.PASSWORD);
        long shenzhen = customer(manager2);
        add(manager2, shenzhen, entry("BASIC", "2019-04-04", "拜访"));

        assertThat(api.post("/api/v1/archive/volumes", manager, "{\"year\":2019}").statusCode()).isEqualTo(403);
        HttpResponse<String> closed = api.post("/api/v1/archive/volumes", sales, "{\"year\":2019}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode outcome = read(closed.body());
        assertThat(outcome.path("year").asInt()).isEqualTo(2019);
        assertThat(outcome.path("volumes").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(catalogue(manager, shanghai).path("volumes").get(0).path("entryCount").asInt()).isEqualTo(2);
        assertThat(catalogue(manager2, shenzhen).path("volumes")).as("深圳 is outside 上海's scope").isEmpty();
        assertThat(add(manager2, shenzhen, entry("BASIC", "2019-05-05", "再次拜访")).path("catalogueNo").asString())
                .isEqualTo("1-2019-002");
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'ARCHIVE_YEAR_CLOSED' "
                + "and summary like 'year=2019 %'").query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aMergeMovesOpenEntriesRenumberedAndLeavesClosedVolumesWhole() {
        long survivor = customer(sales);
        long merged = customer(sales);
        add(sales, survivor, entry("BASIC", "2022-01-10", "幸存方拜访"));
        add(sales, merged, entry("BASIC", "2018-06-01", "被合并方旧拜访"));
        HttpResponse<String> oldLetter = upload(sales, merged, "LETTER", "2018-07-01", Map.of());
        long oldLetterId = read(oldLetter.body()).path("id").asLong();
        add(sales, merged, entry("BASIC", "2022-02-20", "被合并方拜访"));
        long newLetterId = read(upload(sales, merged, "LETTER", "2022-03-01", Map.of()).body()).path("id").asLong();
        assertThat(closeYear(sales, merged, 2018).statusCode()).isEqualTo(201);
        String mergedArchiveNo = catalogue(sales, merged).path("archiveNo").asString();

        HttpResponse<String> merge = api.post("/api/v1/customers/" + survivor + "/merge", sales, """
                {"mergedId":%d,"version":0,"mergedVersion":0,"reason":"重复建档"}""".formatted(merged));
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);

        JsonNode basic = catalogue(sales, survivor).path("sections").path("BASIC");
        List<String> moved = new ArrayList<>();
        basic.forEach(e -> moved.add(e.path("catalogueNo").asString() + " " + e.path("movedFrom").asString("")));
        assertThat(moved).containsExactly("1-2022-003 " + mergedArchiveNo + "/1-2022-002",
                "1-2022-002 " + mergedArchiveNo + "/1-2022-001", "1-2022-001 ");
        assertThat(api.get("/api/v1/customers/" + survivor + "/documents/" + newLetterId, sales).statusCode())
                .isEqualTo(200);

        JsonNode left = catalogue(sales, merged);
        assertThat(numbers(left.path("sections").path("BASIC"))).containsExactly("1-2018-002", "1-2018-001");
        assertThat(left.path("volumes").get(0).path("intact").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/customers/" + merged + "/documents/" + oldLetterId, sales).statusCode())
                .as("a document of a closed volume stays with it").isEqualTo(200);
    }

    @Test
    void theCatalogueIsAsInvisibleAsItsCustomer() {
        long customer = customer(manager);
        long entry = add(manager, customer, entry("BASIC", "2024-02-02", "拜访")).path("id").asLong();
        String manager2 = api.token("manager2", DemoAccounts.PASSWORD);
        assertThat(api.get("/api/v1/customers/" + customer + "/archive", manager2).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + customer + "/archive/entries/" + entry, manager2).statusCode())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/customers/" + customer + "/archive/entries", manager2,
                entry("BASIC", "2024-02-03", "x")).statusCode()).isEqualTo(404);
        String service = api.token("service", DemoAccounts.PASSWORD);
        assertThat(api.get("/api/v1/customers/" + customer + "/archive", service).statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/customers/" + customer + "/archive/entries", service,
                entry("BASIC", "2024-02-03", "x")).statusCode()).as("customer service may not write").isEqualTo(403);
        assertThat(api.delete("/api/v1/customers/" + customer + "/archive/entries/" + entry, manager).statusCode())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/customers/" + customer + "/archive/entries/" + entry, manager).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theFirstDemoCustomerShowsEverySectionFilledAndWhereItCameFrom() {
        String supervisor = api.token("supervisor", DemoAccounts.PASSWORD);
        long oldest = read(api.get("/api/v1/customers?size=1&sort=oldest", supervisor).body()).path("items").get(0)
                .path("id").asLong();
        JsonNode sections = catalogue(supervisor, oldest).path("sections");
        assertThat(sections.path("BASIC")).as("its call record and visit report").hasSize(2);
        assertThat(sections.path("CREDIT").get(0).path("title").asString()).isEqualTo("2025 年度授信审批表");
        List<String> returns = new ArrayList<>();
        sections.path("RETURNS").forEach(e -> returns.add(e.path("returnKind").asString() + " "
                + e.path("amount").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(returns).containsExactlyInAnyOrder("COMPENSATION 2860", "DISCOUNT 450");
        assertThat(read(api.get("/api/v1/customers/" + oldest, supervisor).body()).path("source").asString())
                .isEqualTo("DOOR_TO_DOOR");
    }

    private long customer(String token) {
        return register(api, token, "上海" + brand() + "供应链有限公司", "").path("id").asLong();
    }

    private static String entry(String section, String date, String title) {
        return """
                {"section":"%s","entryDate":"%s","title":"%s"}""".formatted(section, date, title);
    }

    private JsonNode add(String token, long customer, String json) {
        HttpResponse<String> response = api.post("/api/v1/customers/" + customer + "/archive/entries", token, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith("/api/v1/customers/" + customer + "/archive/entries/");
        return read(response.body());
    }

    private void assertRefused(String json, String field) {
        long customer = customer(manager);
        HttpResponse<String> response = api.post("/api/v1/customers/" + customer + "/archive/entries", manager, json);
        assertThat(response.statusCode()).as(json + " → " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private JsonNode catalogue(String token, long customer) {
        HttpResponse<String> response = api.get("/api/v1/customers/" + customer + "/archive", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body());
    }

    private HttpResponse<String> closeYear(String token, long customer, int year) {
        return api.post("/api/v1/customers/" + customer + "/archive/volumes", token, "{\"year\":" + year + "}");
    }

    private HttpResponse<String> upload(String token, long customer, String type, String date,
            Map<String, String> more) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("type", type, "title", type + " " + date,
                "date", date));
        fields.putAll(more);
        return api.multipart("/api/v1/customers/" + customer + "/documents", token, fields,
                new FilePart("file", "记录.txt", "text/plain", ("记录 " + date).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> numbers(JsonNode entries) {
        List<String> numbers = new ArrayList<>();
        entries.forEach(e -> numbers.add(e.path("catalogueNo").asString()));
        return numbers;
    }
}
