package com.logicrm.shared;

import static com.logicrm.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.Json;
import com.logicrm.support.Names;
import com.logicrm.support.Provisioning;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every API error is an RFC 9457 problem document, in the caller's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiProblemTests {

    private static final String INCOMPLETE_USER = """
            {"username":"%s","displayName":" ","departmentId":null,"roles":[],"password":"Secret2026"}""";

    @LocalServerPort
    int port;

    ApiClient api;
    String admin;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        admin = new Provisioning(api).adminToken();
    }

    @Test
    void malformedJsonIsABadRequest() {
        HttpResponse<String> answer = api.post("/api/v1/users", admin, "{\"username\": \"broken\",");

        String detail = assertProblem(answer, 400);
        assertThat(detail).isEqualTo("请求体不是有效的 JSON，或字段类型不符。");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("jackson");
    }

    @Test
    void aWrongFieldTypeIsABadRequest() {
        HttpResponse<String> answer = api.post("/api/v1/users", admin,
                "{\"username\":\"typed\",\"displayName\":\"x\",\"departmentId\":\"abc\",\"roles\":[\"SALES_ADMIN\"],"
                        + "\"password\":\"Secret2026\"}");

        assertProblem(answer, 400);
    }

    @Test
    void aBodyAboveOneMegabyteIsTooLarge() {
        String padding = "x".repeat(1024 * 1024);
        HttpResponse<String> answer = api.post("/api/v1/users", admin,
                "{\"username\":\"big\",\"displayName\":\"" + padding + "\"}");

        String detail = assertProblem(answer, 413);
        assertThat(detail).isEqualTo("请求内容超过了允许的大小。");
    }

    @Test
    void aBodyJustBelowTheLimitIsRead() {
        String padding = "x".repeat(1000 * 1000);
        HttpResponse<String> answer = api.post("/api/v1/users", admin,
                "{\"username\":\"big\",\"displayName\":\"" + padding + "\"}");

        assertProblem(answer, 400); // read and validated, not refused for its size
        assertThat(Json.<List<String>>read(answer, "$.errors[*].field")).contains("displayName");
    }

    @Test
    void anUnknownPathIsNotFound() {
        HttpResponse<String> answer = api.get("/api/v1/no-such-resource", admin);

        String detail = assertProblem(answer, 404);
        assertThat(detail).isEqualTo("您访问的页面或资源不存在。");
    }

    @Test
    void anUnknownRecordIsNotFound() {
        String detail = assertProblem(api.get("/api/v1/users/987654321", admin), 404);

        assertThat(detail).contains("987");
    }

    @Test
    void validationErrorsNameFieldAndRuleInChineseByDefault() {
        String username = Names.unique("invalid");

        HttpResponse<String> answer = api.post("/api/v1/users", admin, INCOMPLETE_USER.formatted(username));

        String detail = assertProblem(answer, 400);
        assertThat(detail).isEqualTo("提交的数据未通过校验。");
        assertThat(Json.<List<String>>read(answer, "$.errors[*].field"))
                .containsExactlyInAnyOrder("displayName", "departmentId", "roles");
        assertThat(Json.<List<String>>read(answer, "$.errors[?(@.field == 'displayName')].code"))
                .containsExactly("NotBlank");
        assertThat(Json.<List<String>>read(answer, "$.errors[?(@.field == 'displayName')].message"))
                .containsExactly("不能为空");
        assertThat(Json.<List<String>>read(answer, "$.errors[?(@.field == 'roles')].message"))
                .containsExactly("至少选择一项");
        assertThat(Json.<List<String>>read(api.get("/api/v1/users", admin), "$[*].username")).doesNotContain(username);
    }

    @Test
    void validationErrorsAreInEnglishWhenAskedFor() {
        HttpRequest request = api.request("/api/v1/users", admin)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en-US,en;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(INCOMPLETE_USER.formatted(Names.unique("invalid"))))
                .build();

        HttpResponse<String> answer = api.send(request);

        String detail = assertProblem(answer, 400);
        assertThat(detail).isEqualTo("The submitted data did not pass validation.");
        assertThat(Json.text(answer, "$.title")).isEqualTo("Bad request");
        assertThat(Json.<List<String>>read(answer, "$.errors[?(@.field == 'displayName')].message"))
                .containsExactly("must not be empty");
        assertThat(Json.<List<String>>read(answer, "$.errors[?(@.field == 'departmentId')].code"))
                .containsExactly("NotNull");
    }

    @Test
    void securityProblemsFollowTheCallersLanguageToo() {
        HttpRequest missing = api.request("/api/v1/me", null).header("Accept-Language", "en").GET().build();
        HttpRequest unknown = api.request("/api/v1/me", "lcrm_neverIssued").header("Accept-Language", "en")
                .GET().build();

        assertThat(assertProblem(api.send(missing), 401))
                .isEqualTo("Authentication required: send a bearer token in the Authorization header.");
        assertThat(assertProblem(api.send(unknown), 401)).isEqualTo("The token is not valid.");
    }

    @Test
    void problemsWrittenBeforeSpringMvcAreInChineseByDefault() {
        assertThat(assertProblem(api.get("/api/v1/me", null), 401))
                .isEqualTo("需要身份认证：请在 Authorization 头中提供 Bearer 令牌。");
        assertThat(assertProblem(api.get("/api/v1/me", "lcrm_neverIssued"), 401)).isEqualTo("令牌无效。");
    }

    @Test
    void aTooLargeBodyIsRefusedInEnglishWhenAskedFor() {
        HttpRequest request = api.request("/api/v1/users", admin)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"" + "x".repeat(1100 * 1024) + "\"}"))
                .build();

        assertThat(assertProblem(api.send(request), 413)).isEqualTo("The request is larger than allowed.");
    }
}
