package com.logicrm.collection;

import static com.logicrm.support.ImportFiles.JSON;
import static com.logicrm.support.ImportFiles.awaitFinished;
import static com.logicrm.support.ImportFiles.creditCode;
import static com.logicrm.support.ImportFiles.csv;
import static com.logicrm.support.ImportFiles.unique;
import static com.logicrm.support.ImportFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** COL-3 import over real HTTP on a real PostgreSQL, each check and import a real background job. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerImportApiTests {

    static final List<String> HEADER = List.of("客户名称", "统一社会信用代码", "成立日期", "手机", "行政区划代码", "标签");

    @LocalServerPort
    int port;

    ApiClient api;
    String sales;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        sales = DemoAccounts.token(api, "sales");
    }

    @Test
    void aCsvIsImportedInTheBackgroundAndEachCardRecordsTheImportAsItsSource() {
        String tag = unique();
        String code = creditCode();
        byte[] file = csv(List.of(HEADER,
                List.of(tag + "物流有限公司", code, "2019/3/1", "13800138000", "310115", "冷链、" + tag),
                List.of(tag + "货运代理有限公司", "", "2020年12月31日", "", "310104", tag))).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> started = upload(api, sales, "客户.csv", file, Map.of("then", "import"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(started.headers().firstValue("Location")).isPresent();
        long id = JSON.readTree(started.body()).path("id").asLong();
        JsonNode done = awaitFinished(api, sales, id);

        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("IMPORTED");
        assertThat(done.path("counts").path("inserted").asInt()).isEqualTo(2);
        assertThat(done.path("counts").path("bad").asInt()).isZero();
        assertThat(done.path("job").path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.path("percent").asInt()).isEqualTo(100);

        JsonNode found = JSON.readTree(api.get("/api/v1/customers?tag=" + encode(tag), sales).body()).path("items");
        assertThat(found).hasSize(2);
        long customer = idOf(found, tag + "物流有限公司");
        JsonNode card = JSON.readTree(api.get("/api/v1/customers/" + customer, sales).body());
        assertThat(card.path("creditCode").asString()).isEqualTo(code);
        assertThat(card.path("foundingDate").asString()).isEqualTo("2019-03-01");
        assertThat(card.path("source").asString()).isEqualTo("IMPORT");
        String history = api.get("/api/v1/customers/" + customer + "/history", sales).body();
        assertThat(history).contains("\"source\":\"IMPORT\"", "客户.csv");
        assertThat(api.get("/api/v1/audit/events?action=CUSTOMERS_IMPORTED", DemoAccounts.token(api, "supervisor")).body())
                .contains("客户.csv");
    }

    @Test
    void aGbkFileIsRecognisedAndTheEncodingCanBeOverridden() {
        String tag = unique();
        byte[] gbk = csv(List.of(HEADER, List.of(tag + "仓储有限公司", "", "", "", "", tag)))
                .getBytes(Charset.forName("GBK"));
        HttpResponse<String> uploaded = upload(api, sales, "gbk.csv", gbk, Map.of("then", "nothing"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode upload = JSON.readTree(uploaded.body());
        assertThat(upload.path("detectedEncoding").asString()).isEqualTo("GB18030");
        assertThat(upload.path("columns").get(0).path("field").asString()).isEqualTo("name");
        assertThat(upload.path("columns").get(0).path("samples").get(0).asString()).isEqualTo(tag + "仓储有限公司");

        long id = upload.path("id").asLong();
        JsonNode misread = JSON.readTree(api.put("/api/v1/customer-imports/" + id + "/settings", sales,
                "{\"encoding\":\"UTF-8\"}").body());
        assertThat(misread.path("encoding").asString()).isEqualTo("UTF-8");
        assertThat(misread.path("columns").get(0).path("header").asString()).as("GBK read as UTF-8 is garbled")
                .isNotEqualTo("客户名称");
        assertThat(misread.path("columns").get(0).path("field").isNull()).isTrue();

        JsonNode fixed = JSON.readTree(api.put("/api/v1/customer-imports/" + id + "/settings", sales,
                "{\"encoding\":\"GBK\"}").body());
        assertThat(fixed.path("columns").get(0).path("header").asString()).isEqualTo("客户名称");
        assertThat(fixed.path("columns").get(0).path("field").asString()).isEqualTo("name");
    }

    @Test
    void theDryRunReportsEveryBadCellWithRowColumnValueAndReasonAndWritesNothing() {
        String tag = unique();
        String code = creditCode();
        String fullWidthCode = toFullWidth(code.substring(0, 9)) + "　" + code.substring(9);
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(List.of(tag + "一号公司", fullWidthCode, "2024-03-01", "", "", tag));
        rows.add(List.of(tag + "二号公司", code, "2024/3/1", "", "", tag));
        rows.add(List.of(tag + "三号公司", "", "2024年3月1日", "1380013", "", tag));
        rows.add(List.of(tag + "四号公司", "", "45352", "", "999999", tag));
        rows.add(List.of(tag + "五号公司", "", "下周三", "", "", tag));
        rows.add(List.of("", "", "", "", "", tag));
        long id = JSON.readTree(upload(api, sales, "check.csv", csv(rows).getBytes(StandardCharsets.UTF_8),
                Map.of()).body()).path("id").asLong();
        JsonNode checked = awaitFinished(api, sales, id);

        assertThat(checked.path("state").asString()).isEqualTo("CHECKED");
        JsonNode counts = checked.path("counts");
        assertThat(counts.path("rows").asInt()).isEqualTo(6);
        assertThat(counts.path("toInsert").asInt()).as("row 2, its full-width code read").isEqualTo(1);
        assertThat(counts.path("bad").asInt()).isEqualTo(5);
        assertThat(counts.path("duplicates").asInt()).as("row 3 repeats row 2's credit code").isEqualTo(1);
        List<String> report = lines(checked.path("problems"));
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("3|统一社会信用代码|" + code + "|")
                .contains("第 2 行"));
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("4|手机|1380013|"));
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("5|行政区划代码|999999|"));
        assertThat(report).as("dates as 2024/3/1, 2024年3月1日 and Excel serial 45352 are read")
                .noneSatisfy(line -> assertThat(line).matches("[345]\\|成立日期.*"));
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("6|成立日期|下周三|").contains("不是日期"));
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("7|客户名称||").contains("缺少客户名称"));
        assertThat(JSON.readTree(api.get("/api/v1/customers?tag=" + encode(tag), sales).body()).path("items"))
                .as("a dry run files nothing").isEmpty();

        HttpResponse<byte[]> download = api.bytes("/api/v1/customer-imports/" + id + "/report", sales);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(XlsxText.cells(download.body())).contains("行号", "原因", "下周三", "1380013");
    }

    @Test
    void withAllOrNothingOneBadRowRefusesTheFileAndNothingIsFiled() {
        String tag = unique();
        byte[] file = csv(List.of(HEADER,
                List.of(tag + "甲公司", "", "", "", "", tag),
                List.of(tag + "乙公司", "", "2024-02-30", "", "", tag))).getBytes(StandardCharsets.UTF_8);
        long id = JSON.readTree(upload(api, sales, "all.csv", file, Map.of("then", "import", "onError", "REFUSE"))
                .body()).path("id").asLong();
        JsonNode refused = awaitFinished(api, sales, id);
        assertThat(refused.path("state").asString()).isEqualTo("REFUSED");
        assertThat(lines(refused.path("problems"))).singleElement().asString().startsWith("3|成立日期|2024-02-30|");
        assertThat(JSON.readTree(api.get("/api/v1/customers?tag=" + encode(tag), sales).body()).path("items"))
                .isEmpty();

        byte[] skipping = csv(List.of(HEADER,
                List.of(tag + "甲公司", "", "", "", "", tag),
                List.of(tag + "乙公司", "", "2024-02-30", "", "", tag))).getBytes(StandardCharsets.UTF_8);
        long second = JSON.readTree(upload(api, sales, "skip.csv", skipping, Map.of("then", "import")).body())
                .path("id").asLong();
        JsonNode skipped = awaitFinished(api, sales, second);
        assertThat(skipped.path("state").asString()).isEqualTo("IMPORTED");
        assertThat(skipped.path("counts").path("inserted").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(api.get("/api/v1/customers?tag=" + encode(tag), sales).body()).path("items"))
                .hasSize(1);
    }

    @Test
    void duplicatesOfTheArchiveAreReportedNotFiledAndUpdateModeChangesOnlyWhatChanged() {
        String tag = unique();
        String code = creditCode();
        JsonNode first = awaitFinished(api, sales, JSON.readTree(upload(api, sales, "first.csv",
                csv(List.of(HEADER, List.of(tag + "运输有限公司", code, "2018-05-05", "13900139000", "310115", tag)))
                        .getBytes(StandardCharsets.UTF_8), Map.of("then", "import")).body()).path("id").asLong());
        assertThat(first.path("counts").path("inserted").asInt()).isEqualTo(1);
        long customer = idOf(JSON.readTree(api.get("/api/v1/customers?tag=" + encode(tag), sales).body())
                .path("items"), tag + "运输有限公司");

        byte[] again = csv(List.of(HEADER,
                List.of(tag + "运输有限公司", code, "2018-05-05", "13900139001", "310115", tag),
                List.of("上海" + tag + "运输有限公司", "", "", "", "", tag))).getBytes(StandardCharsets.UTF_8);
        JsonNode duplicates = awaitFinished(api, sales, JSON.readTree(upload(api, sales, "again.csv", again,
                Map.of("then", "import")).body()).path("id").asLong());
        assertThat(duplicates.path("counts").path("inserted").asInt()).isZero();
        assertThat(duplicates.path("counts").path("duplicates").asInt()).isEqualTo(2);
        assertThat(lines(duplicates.path("problems"))).allSatisfy(line -> assertThat(line).contains("档案"));

        byte[] update = csv(List.of(List.of("统一社会信用代码", "手机", "成立日期"),
                List.of(code, "13900139001", "2018-05-05"))).getBytes(StandardCharsets.UTF_8);
        JsonNode updated = awaitFinished(api, sales, JSON.readTree(upload(api, sales, "update.csv", update,
                Map.of("then", "import", "mode", "UPDATE")).body()).path("id").asLong());
        assertThat(updated.path("state").asString()).as(updated.toString()).isEqualTo("IMPORTED");
        assertThat(updated.path("counts").path("updated").asInt()).isEqualTo(1);
        JsonNode history = JSON.readTree(api.get("/api/v1/customers/" + customer + "/history", sales).body());
        List<String> changed = new ArrayList<>();
        history.forEach(row -> {
            if ("IMPORT".equals(row.path("source").asString()) && !"registered".equals(row.path("field").asString())) {
                changed.add(row.path("field").asString());
            }
        });
        assertThat(changed).as("only the mobile changed").containsExactly("mobile");

        JsonNode same = awaitFinished(api, sales, JSON.readTree(upload(api, sales, "same.csv", update,
                Map.of("then", "import", "mode", "UPDATE")).body()).path("id").asLong());
        assertThat(same.path("counts").path("updated").asInt()).isZero();
        assertThat(same.path("counts").path("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void filesThatCannotBeImportedAreRefusedWithAMessageInTheCallersLanguage() {
        assertRefused(new byte[0], 400, "文件是空的");
        assertRefused("客户名称,手机\r\n".getBytes(StandardCharsets.UTF_8), 400, "只有标题行");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, 415, "不是电子表格");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0}, 415, ".xls");
        assertRefused(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, 415, "无法读取");
        HttpResponse<String> huge = upload(api, sales, "huge.csv", new byte[50 * 1024 * 1024], Map.of());
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("detail");
    }

    @Test
    void formulasAndScriptsAreKeptAsTheTextTheyAre() {
        String tag = unique();
        byte[] file = csv(List.of(List.of("客户名称", "详细地址", "标签"),
                List.of(tag + "<script>alert(1)</script>公司", "=HYPERLINK(\"http://evil\",\"x\")", tag)))
                .getBytes(StandardCharsets.UTF_8);
        JsonNode done = awaitFinished(api, sales, JSON.readTree(upload(api, sales, "f.csv", file,
                Map.of("then", "import")).body()).path("id").asLong());
        assertThat(done.path("state").asString()).isEqualTo("IMPORTED");
        JsonNode card = JSON.readTree(api.get("/api/v1/customers?tag=" + encode(tag), sales).body()).path("items")
                .get(0);
        assertThat(card.path("name").asString()).isEqualTo(tag + "<script>alert(1)</script>公司");
        long id = card.path("id").asLong();
        assertThat(JSON.readTree(api.get("/api/v1/customers/" + id, sales).body()).path("address").asString())
                .isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
    }

    @Test
    void someoneElsesUploadDoesNotExistForTheCaller() {
        long id = JSON.readTree(upload(api, sales, "mine.csv",
                csv(List.of(HEADER, List.of(unique() + "公司", "", "", "", "", ""))).getBytes(StandardCharsets.UTF_8),
                Map.of("then", "nothing")).body()).path("id").asLong();
        String supervisor = DemoAccounts.token(api, "supervisor");
        assertThat(api.get("/api/v1/customer-imports/" + id, supervisor).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/customer-imports/" + id + "/import", supervisor, "").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/customer-imports", DemoAccounts.token(api, "manager")).statusCode())
                .as("account managers do not import").isEqualTo(403);
    }

    @Test
    void theTemplateFilledInByAnotherProgramImportsAndItsExampleRowIsPassedOver() throws Exception {
        HttpResponse<byte[]> template = api.bytes("/api/v1/customer-imports/template", sales);
        assertThat(template.statusCode()).isEqualTo(200);
        String tag = unique();
        byte[] filled;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(template.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(0);
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(2);
            for (org.apache.poi.ss.usermodel.Cell cell : header) {
                String value = switch (cell.getStringCellValue()) {
                    case "客户名称*" -> tag + "联运有限公司";
                    case "客户类型" -> "企业";
                    case "注册资本" -> "200万元";
                    case "成立日期" -> "2012年8月8日";
                    case "标签" -> tag;
                    case "联系人" -> "赵六";
                    case "联系人手机" -> "13700137000";
                    default -> null;
                };
                if (value != null) {
                    row.createCell(cell.getColumnIndex()).setCellValue(value);
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        JsonNode done = awaitFinished(api, sales, JSON.readTree(upload(api, sales, "模板.xlsx", filled,
                Map.of("then", "import")).body()).path("id").asLong());
        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("IMPORTED");
        assertThat(done.path("counts").path("rows").asInt()).as("the 【示例】 row is not data").isEqualTo(1);
        assertThat(done.path("counts").path("inserted").asInt()).isEqualTo(1);
        long customer = idOf(JSON.readTree(api.get("/api/v1/customers?tag=" + encode(tag), sales).body())
                .path("items"), tag + "联运有限公司");
        JsonNode card = JSON.readTree(api.get("/api/v1/customers/" + customer, sales).body());
        assertThat(card.path("registeredCapital").decimalValue()).isEqualByComparingTo("2000000");
        assertThat(card.path("foundingDate").asString()).isEqualTo("2012-08-08");
        JsonNode contacts = JSON.readTree(api.get("/api/v1/customers/" + customer + "/contacts", sales).body());
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).path("name").asString()).isEqualTo("赵六");
        assertThat(contacts.get(0).path("primary").asBoolean()).isTrue();
    }

    @Test
    void anUnmatchedColumnIsMappedByHandAndTheMappingKeptAsANamedTemplate() {
        String tag = unique();
        byte[] file = csv(List.of(List.of("公司抬头", "分类标记"), List.of(tag + "速递有限公司", tag)))
                .getBytes(StandardCharsets.UTF_8);
        JsonNode uploaded = JSON.readTree(upload(api, sales, "其他系统.csv", file, Map.of("then", "nothing")).body());
        long id = uploaded.path("id").asLong();
        assertThat(uploaded.path("columns").get(0).path("field").isNull()).isTrue();
        assertThat(api.post("/api/v1/customer-imports/" + id + "/check", sales, "").statusCode())
                .as("nothing identifies a customer yet").isEqualTo(400);
        assertThat(api.put("/api/v1/customer-imports/" + id + "/settings", sales,
                "{\"mapping\":[\"name\",\"name\"]}").statusCode()).as("one field, one column").isEqualTo(400);
        JsonNode mapped = JSON.readTree(api.put("/api/v1/customer-imports/" + id + "/settings", sales,
                "{\"mapping\":[\"name\",\"tags\"]}").body());
        assertThat(mapped.path("columns").get(1).path("field").asString()).isEqualTo("tags");

        String name = "系统" + tag;
        HttpResponse<String> saved = api.post("/api/v1/import-templates", sales,
                "{\"importId\":" + id + ",\"name\":\"" + name + "\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        long templateId = JSON.readTree(saved.body()).path("id").asLong();

        JsonNode next = JSON.readTree(upload(api, sales, "其他系统-12月.csv", file,
                Map.of("then", "nothing", "templateId", Long.toString(templateId))).body());
        assertThat(next.path("columns").get(0).path("field").asString()).isEqualTo("name");
        assertThat(next.path("columns").get(1).path("field").asString()).isEqualTo("tags");
        JsonNode checked = JSON.readTree(api.post("/api/v1/customer-imports/" + next.path("id").asLong() + "/check",
                sales, "").body());
        assertThat(checked.path("state").asString()).isEqualTo("CHECKING");
        assertThat(awaitFinished(api, sales, next.path("id").asLong()).path("counts").path("toInsert").asInt())
                .isEqualTo(1);
        assertThat(api.delete("/api/v1/import-templates/" + templateId, sales).statusCode()).isEqualTo(204);
    }

    @Test
    void theImportApiIsDescribedInOpenApi() {
        String docs = api.get("/v3/api-docs", sales).body();
        assertThat(docs).contains("/api/v1/customer-imports", "/api/v1/customer-imports/{id}/import",
                "/api/v1/customer-imports/{id}/report", "/api/v1/customer-imports/template", "/api/v1/import-templates");
    }

    private void assertRefused(byte[] content, int status, String message) {
        HttpResponse<String> response = upload(api, sales, "bad.csv", content, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(message);
    }

    static List<String> lines(JsonNode problems) {
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.path("row").asInt() + "|" + p.path("column").asString("") + "|"
                + p.path("value").asString("") + "|" + p.path("reason").asString()));
        return lines;
    }

    static long idOf(JsonNode items, String name) {
        for (JsonNode item : items) {
            if (item.path("name").asString().equals(name)) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError(name + " not among " + items);
    }

    static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append((char) (c - 0x21 + 0xFF01)));
        return wide.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
