package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 文件档案 tab as a browser uses it: session, CSRF token from the form, multipart upload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentPagesTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    HttpClient browser;
    ApiClient api;
    long customer;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        String first17 = "91310115" + "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000));
        String code = first17 + CreditCode.checkCharacter(first17);
        HttpResponse<String> created = api.post("/api/v1/customers", api.token("manager", DemoAccounts.PASSWORD), """
                {"kind":"ENTERPRISE","name":"上海页面测试%s物流有限公司","creditCode":"%s","regionCode":"310115"}"""
                .formatted(code.substring(8, 17), code));
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        customer = Long.parseLong(id.group(1));

        signInAs("manager");
    }

    private void signInAs(String username) {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String token = csrf(get("/login").body());
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + DemoAccounts.PASSWORD
                        + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void confidentialDocumentsAreListedApartAndOnlyForThoseWithTheRight() {
        String tab = "/customers/" + customer + "?tab=documents";
        HttpResponse<String> filed = api.multipart("/api/v1/customers/" + customer + "/documents",
                api.token("supervisor", DemoAccounts.PASSWORD), Map.of("type", "NEGOTIATION", "title", "底价谈判纪要",
                        "date", "2026-11-02", "confidentiality", "TOP_SECRET"),
                new ApiClient.FilePart("file", "底价.pdf", "application/pdf", SampleFiles.pdf()));
        assertThat(filed.statusCode()).isEqualTo(201);

        assertThat(get(tab).body()).doesNotContain("底价谈判纪要", "data-group=\"confidential\"")
                .doesNotContain("value=\"TOP_SECRET\"");

        signInAs("supervisor");
        assertThat(get(tab).body()).contains("data-group=\"confidential\"", "机密及以上文件", "底价谈判纪要", "绝密",
                "value=\"TOP_SECRET\"");
    }

    @Test
    void uploadListAndDownloadOnTheDocumentsTab() {
        String tab = "/customers/" + customer + "?tab=documents";
        HttpResponse<String> page = get(tab);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("文件档案", "enctype=\"multipart/form-data\"", "尚无文件。");

        HttpResponse<String> uploaded = upload(csrf(page.body()), "拜访纪要.txt",
                "拜访纪要：客户计划扩建仓库。".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith(tab);

        HttpResponse<String> listed = get(tab);
        assertThat(listed.body()).contains("文件已归档：页面上传", "拜访纪要.txt", "拜访报告", "manager");
        Matcher download = Pattern.compile("href=\"(/customers/" + customer + "/documents/\\d+/content)\"")
                .matcher(listed.body());
        assertThat(download.find()).isTrue();
        HttpResponse<String> file = get(download.group(1));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("拜访纪要：客户计划扩建仓库。");

        HttpResponse<String> english = get(tab + "&lang=en");
        assertThat(english.body()).contains("Documents", "Visit report", "Download");
    }

    @Test
    void refusedTypesAreExplainedOnTheTabAndOversizeFilesGetThe413Page() {
        String tab = "/customers/" + customer + "?tab=documents";
        HttpResponse<String> refused = upload(csrf(get(tab).body()), "setup.exe", SampleFiles.exe());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(get(tab).body()).contains("不接受文件“setup.exe”").contains("尚无文件。");

        byte[] big = new byte[21 * 1024 * 1024];
        HttpResponse<String> tooLarge = upload(csrf(get(tab).body()), "big.txt", big);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("data-test=\"error-title\"", "请求过大");
    }

    private HttpResponse<String> upload(String csrf, String fileName, byte[] content) {
        String boundary = "----page" + System.nanoTime();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        fields.put("type", "VISIT_REPORT");
        fields.put("title", "页面上传");
        fields.put("date", "2026-11-18");
        fields.put("confidentiality", "ORDINARY");
        List<byte[]> parts = new ArrayList<>();
        fields.forEach((name, value) -> parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        parts.add(content);
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/customers/" + customer + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build());
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(request.uri().toString(), e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
