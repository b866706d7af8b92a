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

/** The department tree and the role catalogue over the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DepartmentAndRoleApiTests {

    @LocalServerPort
    int port;

    ApiClient api;
    Provisioning provisioning;
    String admin;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        provisioning = new Provisioning(api);
        admin = provisioning.adminToken();
    }

    @Test
    void aDepartmentIsCreatedUnderHeadquarters() {
        long hq = provisioning.departmentId("HQ");
        String code = Names.unique("NORTH");

        HttpResponse<String> created = createDepartment(hq, code, "华北大区");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Json.number(created, "$.id");
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/api/v1/departments/" + id);
        assertThat(Json.number(created, "$.parentId")).isEqualTo(hq);
        HttpResponse<String> fetched = api.get("/api/v1/departments/" + id, api.token("manager",
                DemoAccounts.PASSWORD));
        assertThat(fetched.statusCode()).as("everybody may read the tree").isEqualTo(200);
        assertThat(Json.text(fetched, "$.code")).isEqualTo(code);
        assertThat(Json.text(fetched, "$.name")).isEqualTo("华北大区");
        assertThat(Json.<List<String>>read(api.get("/api/v1/audit/events?action=DEPARTMENT_CREATED&targetId=" + id,
                admin), "$[*].actor")).containsExactly("admin");
        assertProblem(createDepartment(hq, code, "重复"), 409);
    }

    @Test
    void aDepartmentWithChildrenOrUsersCannotBeDeleted() {
        long hq = provisioning.departmentId("HQ");
        long parent = Json.number(createDepartment(hq, Names.unique("P"), "上级"), "$.id");
        long child = Json.number(createDepartment(parent, Names.unique("C"), "下级"), "$.id");
        String childCode = Json.text(api.get("/api/v1/departments/" + child, admin), "$.code");
        provisioning.createUser(Names.unique("member"), childCode, "CUSTOMER_SERVICE");

        assertProblem(api.delete("/api/v1/departments/" + parent, admin), 409);
        String detail = assertProblem(api.delete("/api/v1/departments/" + child, admin), 409);

        assertThat(detail).contains("“下级”");
        assertThat(api.get("/api/v1/departments/" + parent, admin).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/departments/" + child, admin).statusCode()).isEqualTo(200);
    }

    @Test
    void anEmptyDepartmentCanBeDeleted() {
        long id = Json.number(createDepartment(provisioning.departmentId("HQ"), Names.unique("TMP"), "临时"), "$.id");

        assertThat(api.delete("/api/v1/departments/" + id, admin).statusCode()).isEqualTo(204);

        assertProblem(api.get("/api/v1/departments/" + id, admin), 404);
    }

    @Test
    void aDepartmentCannotMoveBelowItsOwnChild() {
        long hq = provisioning.departmentId("HQ");
        String parentCode = Names.unique("LOOP");
        long parent = Json.number(createDepartment(hq, parentCode, "环"), "$.id");
        long child = Json.number(createDepartment(parent, Names.unique("LOOPC"), "环下"), "$.id");

        HttpResponse<String> moved = api.put("/api/v1/departments/" + parent, admin,
                departmentJson(child, parentCode, "环"));

        assertProblem(moved, 400);
        assertThat(Json.text(moved, "$.errors[0].field")).isEqualTo("parentId");
        assertThat(Json.text(moved, "$.errors[0].code")).isEqualTo("department.loop");
        assertThat(Json.number(api.get("/api/v1/departments/" + parent, admin), "$.parentId")).isEqualTo(hq);
        assertProblem(api.put("/api/v1/departments/" + parent, admin, departmentJson(parent, parentCode, "环")),
                400);
    }

    @Test
    void aCustomRoleGrantsItsPermissionsAndScope() {
        String code = Names.uniqueCode("AUDITOR");

        HttpResponse<String> defined = api.post("/api/v1/roles", admin, roleJson(code, "DEPARTMENT",
                "customer:read", "audit:read"));

        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
        assertThat(defined.headers().firstValue("Location")).get().asString().endsWith("/api/v1/roles/" + code);
        assertThat(Json.<Boolean>read(defined, "$.builtIn")).isFalse();
        assertThat(Json.<List<String>>read(defined, "$.permissions"))
                .containsExactly("audit:read", "customer:read");
        String username = Names.unique("custom");
        provisioning.createUser(username, "EAST", code);
        HttpResponse<String> me = api.get("/api/v1/me", api.token(username, Provisioning.PASSWORD));
        assertThat(Json.<List<String>>read(me, "$.permissions")).containsExactlyInAnyOrder("audit:read",
                "customer:read");
        assertThat(Json.text(me, "$.dataScope.kind")).isEqualTo("DEPARTMENT");
        assertThat(Json.numbers(me, "$.dataScope.departmentIds"))
                .containsExactly(provisioning.departmentId("EAST"));
        assertThat(Json.<List<String>>read(api.get("/api/v1/roles", admin), "$[*].code")).contains(code);
    }

    @Test
    void anUnknownPermissionIsAFieldError() {
        String code = Names.uniqueCode("BOGUS");

        HttpResponse<String> answer = api.post("/api/v1/roles", admin, roleJson(code, "OWN",
                "customer:read", "customer:teleport"));

        String detail = assertProblem(answer, 400);
        assertThat(detail).contains("customer:teleport");
        assertThat(Json.text(answer, "$.errors[0].field")).isEqualTo("permissions");
        assertProblem(api.get("/api/v1/roles/" + code, admin), 404);
    }

    @Test
    void aBuiltInRoleCannotBeDeleted() {
        assertProblem(api.delete("/api/v1/roles/ACCOUNT_MANAGER", admin), 409);

        assertThat(api.get("/api/v1/roles/ACCOUNT_MANAGER", admin).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnusedCustomRoleCanBeDeletedButOneInUseCannot() {
        String unused = Names.uniqueCode("UNUSED");
        String used = Names.uniqueCode("USED");
        assertThat(api.post("/api/v1/roles", admin, roleJson(unused, "OWN", "report:read")).statusCode())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/roles", admin, roleJson(used, "OWN", "report:read")).statusCode())
                .isEqualTo(201);
        provisioning.createUser(Names.unique("holder"), "SH", used);

        assertThat(api.delete("/api/v1/roles/" + unused, admin).statusCode()).isEqualTo(204);
        assertProblem(api.delete("/api/v1/roles/" + used, admin), 409);

        assertProblem(api.get("/api/v1/roles/" + unused, admin), 404);
    }

    private HttpResponse<String> createDepartment(long parentId, String code, String name) {
        return api.post("/api/v1/departments", admin, departmentJson(parentId, code, name));
    }

    private static String departmentJson(long parentId, String code, String name) {
        return "{\"parentId\":%d,\"code\":\"%s\",\"name\":\"%s\"}".formatted(parentId, code, name);
    }

    private static String roleJson(String code, String scope, String... permissions) {
        return "{\"code\":\"%s\",\"nameZh\":\"测试角色\",\"nameEn\":\"Test role\",\"dataScope\":\"%s\",\"permissions\":[%s]}"
                .formatted(code, scope, String.join(",", List.of(permissions).stream()
                        .map(permission -> "\"" + permission + "\"").toList()));
    }
}
