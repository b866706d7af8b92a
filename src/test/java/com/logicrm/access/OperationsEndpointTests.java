package com.logicrm.access;

import static com.logicrm.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health is public; metrics need {@code system:monitor}; the OpenAPI document describes the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void healthIsPublicAndUp() {
        HttpResponse<String> health = api.get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Json.text(health, "$.status")).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("jdbc:").doesNotContain("postgres");
    }

    @Test
    void prometheusNeedsAToken() {
        assertProblem(api.get("/actuator/prometheus", null), 401);
    }

    @Test
    void prometheusIsRefusedWithoutSystemMonitor() {
        HttpResponse<String> answer = api.get("/actuator/prometheus", api.token("manager", DemoAccounts.PASSWORD));

        assertProblem(answer, 403);
        assertThat(answer.body()).doesNotContain("jvm_memory");
    }

    @Test
    void prometheusIsOpenToTheAdministrator() {
        HttpResponse<String> answer = api.get("/actuator/prometheus", api.token("admin", DemoAccounts.PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("# TYPE", "jvm_memory", "http_server_requests_seconds_count")
                .as("requests are timed, not tracked in flight too").doesNotContain("http_server_requests_active");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        HttpResponse<String> docs = api.get("/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Type")).get().asString().contains("json");
        Map<String, Object> paths = Json.read(docs, "$.paths");
        assertThat(paths).containsKeys("/api/v1/users", "/api/v1/auth/tokens", "/api/v1/me",
                "/api/v1/audit/verification");
        assertThat(Json.text(docs, "$.openapi")).startsWith("3.");
    }
}
