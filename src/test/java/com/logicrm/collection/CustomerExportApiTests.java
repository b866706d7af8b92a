package com.logicrm.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports over real HTTP on a real PostgreSQL, the files read back with POI and as CSV text. The bulk
 * threshold is lowered to 5 rows here so that "too many rows" is reachable with the demo archive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logicrm.export.bulk-threshold=5")
class CustomerExportApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final DataFormatter TEXT = new DataFormatter();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String brand;

    @BeforeEach
    void fourCustomersOfOneBrand() {
        api = new ApiClient(port);
        brand = "翊" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String manager = api.token("manager", DemoAccounts.PASSWORD);
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> created = api.post("/api/v1/customers", manager, """
                    {"kind":"ENTERPRISE","name":"上海%s%s物流有限公司","regionCode":"310115","address":"%s",
                     "mobile":"1390000%04d","tags":["冷链"]}"""
                    .formatted(brand, "甲乙丙丁".charAt(i), i == 0 ? "=HYPERLINK(\\\"http://x\\\")" : "浦东新区张江路" + i,
                            ThreadLocalRandom.current().nextInt(10_000)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
    }

    @Test
    void anXlsxHoldsExactlyTheListsRowsHeadedInChineseAndSaysWhoExportedIt() throws IOException {
        String sales = api.token("sales", DemoAccounts.PASSWORD);
        HttpResponse<byte[]> file = api.bytes("/api/v1/customers/export?format=XLSX&q=" + brand, sales);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".xlsx",
                "filename*=UTF-8''");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet customers = workbook.getSheetAt(0);
            assertThat(texts(customers.getRow(0))).startsWith("档案编号", "客户名称", "简称", "客户类型");
            assertThat(customers.getLastRowNum()).isEqualTo(4);
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                names.add(TEXT.formatCellValue(customers.getRow(r).getCell(1)));
            }
            JsonNode list = JSON.readTree(api.get("/api/v1/customers?q=" + brand, sales).body());
            List<String> listed = new ArrayList<>();
            list.path("items").forEach(item -> listed.add(item.path("name").asString()));
            assertThat(names).containsExactlyInAnyOrderElementsOf(listed).hasSize(4);

            int address = texts(customers.getRow(0)).indexOf("详细地址");
            Cell formula = customers.getRow(1).getCell(address);
            assertThat(formula.getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(texts(customers.getRow(1))).contains("冷链", "上海市浦东新区", "潜在");

            Sheet about = workbook.getSheet("导出信息");
            assertThat(about).isNotNull();
            assertThat(texts(about.getRow(0))).containsExactly("导出人", "sales");
            assertThat(texts(about.getRow(3))).containsExactly("行数", "4");
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("sales");
        }
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'CUSTOMERS_EXPORTED' "
                + "and actor = 'sales' and summary like ?").param("XLSX rows=4 q=" + brand + "%")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCsvIsUtf8WithABomMaskedWithoutTheRightAndDefusesFormulas() {
        String serviceManager = api.token("servicemgr", DemoAccounts.PASSWORD);
        HttpResponse<byte[]> file = api.bytes("/api/v1/customers/export?format=CSV&q=" + brand, serviceManager);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        byte[] bytes = file.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("BOM").containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).contains("档案编号,客户名称");
        List<String> rows = lines.subList(1, 5);
        assertThat(rows).allMatch(row -> row.contains("139****"), "mobiles masked for a person without customer:pii")
                .anyMatch(row -> row.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        assertThat(csv).contains("导出人,servicemgr", "行数,4");
    }

    @Test
    void aLargeExportNeedsTheBulkRightAndARefusalIsExplainedAndAudited() {
        String sales = api.token("sales", DemoAccounts.PASSWORD);
        HttpResponse<String> refused = api.get("/api/v1/customers/export?format=CSV", sales);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("此次导出超过 5 行或包含机密客户");
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'EXPORT_REFUSED' and actor = 'sales'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);

        String supervisor = api.token("supervisor", DemoAccounts.PASSWORD);
        HttpResponse<byte[]> bulk = api.bytes("/api/v1/customers/export?format=CSV", supervisor);
        assertThat(bulk.statusCode()).isEqualTo(200);
        assertThat(new String(bulk.body(), StandardCharsets.UTF_8).lines().count()).isGreaterThan(300);

        String service = api.token("service", DemoAccounts.PASSWORD);
        assertThat(api.get("/api/v1/customers/export?q=" + brand, service).statusCode())
                .as("customer service has no customer:export").isEqualTo(403);
        assertThat(api.get("/api/v1/customers/export?format=PDF", sales).statusCode()).isEqualTo(400);
    }

    @Test
    void theListPageOffersTheFilesOfItsOwnFilterAndExplainsARefusal() {
        WebSession sales = WebSession.signIn(api, "sales");
        String page = sales.get("/customers?q=" + brand + "&tag=冷链").body();
        assertThat(page).contains("导出 Excel", "/customers/export?format=XLSX&amp;q="
                + java.net.URLEncoder.encode(brand, StandardCharsets.UTF_8) + "&amp;tag=%E5%86%B7%E9%93%BE");
        HttpResponse<String> file = sales.get("/customers/export?format=CSV&q=" + brand + "&tag=冷链");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body().lines().filter(line -> line.startsWith("KH-") && line.contains(brand)).count()).isEqualTo(4);

        HttpResponse<String> refused = sales.get("/customers/export?format=XLSX");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(sales.get("/customers").body()).contains("需要“大批量或机密导出”权限");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(TEXT.formatCellValue(cell)));
        return texts;
    }
}
