package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.support.ApiClient;
import com.logicrm.support.ApiClient.FilePart;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Documents over real HTTP on a real PostgreSQL, files in the tests' temporary documents directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentApiTests {

    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String manager;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        manager = api.token("manager", DemoAccounts.PASSWORD);
    }

    @Test
    void eachAcceptedKindComesBackByteForByteWithItsTypeNameAndDigest() throws Exception {
        long customer = newCustomer(manager);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("代理合同 2026.pdf", SampleFiles.pdf());
        files.put("仓库照片.png", SampleFiles.png());
        files.put("电话记录.txt", "客户来电：下月起每周两班整车。\n".getBytes(StandardCharsets.UTF_8));
        files.put("contract.docx", SampleFiles.docx());
        files.put("报价单.xlsx", SampleFiles.xlsx());
        Map<String, String> types = Map.of("pdf", "application/pdf", "png", "image/png",
                "txt", "text/plain;charset=UTF-8",
                "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            HttpResponse<String> uploaded = upload(manager, customer, name, file.getValue(), "ORDINARY");
            assertThat(uploaded.statusCode()).as(name + ": " + uploaded.body()).isEqualTo(201);
            long id = id(uploaded.body());
            String location = "/api/v1/customers/" + customer + "/documents/" + id;
            assertThat(uploaded.headers().firstValue("Location")).hasValue(location);
            String sha256 = sha256(file.getValue());
            assertThat(uploaded.body()).contains("\"sha256\":\"" + sha256 + "\"", "\"size\":" + file.getValue().length,
                    "\"uploadedBy\":\"manager\"", "\"originalName\":\"" + name + "\"");

            HttpResponse<byte[]> content = api.bytes(location + "/content", manager);
            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(content.body()).isEqualTo(file.getValue());
            assertThat(sha256(content.body())).isEqualTo(sha256);
            String extension = name.substring(name.lastIndexOf('.') + 1);
            assertThat(content.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                    .isEqualToIgnoringCase(types.get(extension));
            assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment;")
                    .contains("filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));

            Path stored = TestDatabase.documents().resolve(customer + "/" + sha256);
            assertThat(stored).as("stored under its digest").exists();
            assertThat(Files.readAllBytes(stored)).isEqualTo(file.getValue());
        }

        HttpResponse<String> list = api.get("/api/v1/customers/" + customer + "/documents", manager);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(ID.matcher(list.body()).results().count()).isEqualTo(files.size());
        assertThat(jdbc.sql("select count(*) from customer.change_record where customer_id = ? and field = 'document'")
                .param(customer).query(Long.class).single()).isEqualTo(files.size());
    }

    @Test
    void identicalContentIsStoredOnceAndRemovalIsSoft() throws Exception {
        long customer = newCustomer(manager);
        byte[] pdf = SampleFiles.pdf();
        long first = id(upload(manager, customer, "a.pdf", pdf, "ORDINARY").body());
        long second = id(upload(manager, customer, "b.pdf", pdf, "INTERNAL").body());
        try (var stored = Files.list(TestDatabase.documents().resolve(String.valueOf(customer)))) {
            assertThat(stored).hasSize(1);
        }

        assertThat(api.delete("/api/v1/customers/" + customer + "/documents/" + first + "?reason=duplicate", manager)
                .statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/customers/" + customer + "/documents/" + first, manager).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + customer + "/documents", manager).body())
                .contains("\"id\":" + second).doesNotContain("\"id\":" + first + ",");
        assertThat(api.bytes("/api/v1/customers/" + customer + "/documents/" + second + "/content", manager).body())
                .as("the shared file is still there").isEqualTo(pdf);
        assertThat(jdbc.sql("select active from customer.document where customer_id = ? and id = ?")
                .params(customer, first).query(Boolean.class).single()).as("kept on record").isFalse();
    }

    @Test
    void refusesContentOfOtherKindsAndContentThatDisagreesWithItsName() {
        long customer = newCustomer(manager);

        HttpResponse<String> exe = upload(manager, customer, "setup.exe", SampleFiles.exe(), "ORDINARY");
        assertThat(exe.statusCode()).isEqualTo(415);
        assertThat(exe.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(exe.body()).contains("不接受文件“setup.exe”");

        HttpResponse<String> disguised = api.multipart("/api/v1/customers/" + customer + "/documents", manager,
                fields("ORDINARY"), new FilePart("file", "scan.png", "image/png", SampleFiles.pdf()));
        assertThat(disguised.statusCode()).isEqualTo(415);

        HttpResponse<String> english = api.send(api.request("/api/v1/customers/" + customer + "/documents", manager)
                .header("Accept-Language", "en").header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        --b\r
                        Content-Disposition: form-data; name="type"\r
                        \r
                        LETTER\r
                        --b\r
                        Content-Disposition: form-data; name="title"\r
                        \r
                        x\r
                        --b\r
                        Content-Disposition: form-data; name="date"\r
                        \r
                        2026-11-01\r
                        --b\r
                        Content-Disposition: form-data; name="file"; filename="scan.png"\r
                        Content-Type: image/png\r
                        \r
                        %PDF-1.4 not a picture\r
                        --b--\r
                        """)).build());
        assertThat(english.statusCode()).isEqualTo(415);
        assertThat(english.body()).contains("does not match its file extension");

        assertThat(api.get("/api/v1/customers/" + customer + "/documents", manager).body()).isEqualTo("[]");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedWith413() {
        long customer = newCustomer(manager);
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(SampleFiles.pdf(), 0, big, 0, SampleFiles.pdf().length);

        HttpResponse<String> refused = upload(manager, customer, "big.pdf", big, "ORDINARY");

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":413", "上传的文件超过了允许的大小");
    }

    @Test
    void documentsOfACustomerOutsideTheScopeDoNotExist() {
        long customer = newCustomer(manager);
        long document = id(upload(manager, customer, "note.txt", "内部记录".getBytes(StandardCharsets.UTF_8),
                "ORDINARY").body());
        String manager2 = api.token("manager2", DemoAccounts.PASSWORD);
        String base = "/api/v1/customers/" + customer + "/documents";

        assertThat(api.get(base, manager2).statusCode()).isEqualTo(404);
        assertThat(api.get(base + "/" + document, manager2).statusCode()).isEqualTo(404);
        assertThat(api.bytes(base + "/" + document + "/content", manager2).statusCode()).isEqualTo(404);
        assertThat(upload(manager2, customer, "x.txt", "x".getBytes(StandardCharsets.UTF_8), "ORDINARY").statusCode())
                .isEqualTo(404);
        assertThat(api.delete(base + "/" + document, manager2).statusCode()).isEqualTo(404);
        assertThat(api.get(base + "/" + document, manager).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/" + customer + "/documents/" + (document + 100000), manager)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aConfidentialDocumentIsHiddenWithoutTheGrantAndEachViewIsAudited() {
        long customer = newCustomer(manager);
        String supervisor = api.token("supervisor", DemoAccounts.PASSWORD);
        String base = "/api/v1/customers/" + customer + "/documents";
        assertThat(upload(manager, customer, "secret.pdf", SampleFiles.pdf(), "CONFIDENTIAL").statusCode())
                .as("the manager may not file what he could not read").isEqualTo(400);

        HttpResponse<String> filed = upload(supervisor, customer, "谈判底价.pdf", SampleFiles.pdf(), "CONFIDENTIAL");
        assertThat(filed.statusCode()).isEqualTo(201);
        long document = id(filed.body());

        assertThat(api.get(base, manager).body()).isEqualTo("[]");
        assertThat(api.get(base + "/" + document, manager).statusCode()).isEqualTo(404);
        assertThat(api.bytes(base + "/" + document + "/content", manager).statusCode()).isEqualTo(404);

        assertThat(api.get(base, supervisor).body()).contains("\"id\":" + document, "\"confidentiality\":\"CONFIDENTIAL\"");
        assertThat(api.get(base + "/" + document, supervisor).statusCode()).isEqualTo(200);
        assertThat(api.bytes(base + "/" + document + "/content", supervisor).body()).isEqualTo(SampleFiles.pdf());
        assertThat(jdbc.sql("""
                select action from access.audit_event
                where target_type = 'customer' and target_id = ? and actor = 'supervisor' order by id""")
                .param(String.valueOf(customer)).query(String.class).list())
                .containsExactly("DOCUMENT_UPLOADED", "CONFIDENTIAL_DOCUMENT_VIEWED", "CONFIDENTIAL_DOCUMENT_DOWNLOADED");
    }

    @Test
    void theOpenApiDescriptionShowsTheUpload() {
        HttpResponse<String> docs = api.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/customers/{customerId}/documents/{documentId}/content",
                "multipart/form-data");
    }

    @Test
    void theDemoCustomersHaveCallRecords() {
        assertThat(jdbc.sql("""
                select count(*) from customer.document
                where type = 'CALL_RECORD' and uploaded_by = 'system' and content_type = 'text/plain; charset=UTF-8'""")
                .query(Long.class).single()).isEqualTo(6);
    }

    private HttpResponse<String> upload(String token, long customer, String name, byte[] content, String level) {
        return api.multipart("/api/v1/customers/" + customer + "/documents", token, fields(level),
                new FilePart("file", name, "application/octet-stream", content));
    }

    private static Map<String, String> fields(String level) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "CALL_RECORD");
        fields.put("title", "测试文件");
        fields.put("date", "2026-11-20");
        fields.put("confidentiality", level);
        return fields;
    }

    private long newCustomer(String token) {
        String first17 = "91310115" + "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000));
        String code = first17 + CreditCode.checkCharacter(first17);
        HttpResponse<String> created = api.post("/api/v1/customers", token, """
                {"kind":"ENTERPRISE","name":"上海文档测试%s物流有限公司","creditCode":"%s","regionCode":"310115"}"""
                .formatted(code.substring(8, 17), code));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id(created.body());
    }

    private static long id(String json) {
        Matcher matcher = ID.matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
