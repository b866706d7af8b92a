package com.logicrm.access;

import static com.logicrm.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Names;
import com.logicrm.support.Provisioning;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A signed-in caller without the permission gets 403, and the attempt lands in the audit trail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PermissionDeniedTests {

    @LocalServerPort
    int port;

    ApiClient api;
    Provisioning provisioning;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        provisioning = new Provisioning(api);
    }

    @Test
    void anAccountManagerMayNotListUsers() {
        String token = api.token("manager", DemoAccounts.PASSWORD);
        long before = latestAuditId();

        HttpResponse<String> answer = api.get("/api/v1/users", token);

        String detail = assertProblem(answer, 403);
        assertThat(detail).isEqualTo("您没有执行此操作的权限。");
        assertThat(answer.body()).doesNotContain("\"username\"");
        HttpResponse<String> denied = api.get("/api/v1/audit/events?action=PERMISSION_DENIED&actor=manager",
                provisioning.adminToken());
        List<Number> ids = Json.read(denied, "$[?(@.summary == 'GET /api/v1/users')].id");
        assertThat(ids).as("a PERMISSION_DENIED row written by this request")
                .anySatisfy(id -> assertThat(id.longValue()).isGreaterThan(before));
    }

    @Test
    void anAccountManagerMayNotDefineRoles() {
        String token = api.token("manager", DemoAccounts.PASSWORD);
        String code = Names.uniqueCode("sneaky");

        HttpResponse<String> answer = api.post("/api/v1/roles", token, """
                {"code":"%s","nameZh":"越权","nameEn":"Sneaky","dataScope":"ALL","permissions":["user:manage"]}"""
                .formatted(code));

        assertProblem(answer, 403);
        assertThat(api.get("/api/v1/roles/" + code, provisioning.adminToken()).statusCode()).isEqualTo(404);
        HttpResponse<String> denied = api.get("/api/v1/audit/events?action=PERMISSION_DENIED&actor=manager",
                provisioning.adminToken());
        assertThat(Json.<List<String>>read(denied, "$[*].summary")).contains("POST /api/v1/roles");
    }

    private long latestAuditId() {
        HttpResponse<String> latest = api.get("/api/v1/audit/events?size=1", provisioning.adminToken());
        return Json.number(latest, "$[0].id");
    }
}
