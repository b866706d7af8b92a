package com.logicrm.access;

import static com.logicrm.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.Json;
import com.logicrm.support.Names;
import com.logicrm.support.Provisioning;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An integrator provisions users over {@code /api/v1/users}; every change is audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserProvisioningTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

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
    void aChangedUserIsLabelledAnewAtOnceThoughLookUpsAreRemembered() {
        String username = Names.unique("label");
        long created = Json.number(api.post("/api/v1/users", admin, Provisioning.newUserJson(username,
                provisioning.departmentId("SH"), true, "ACCOUNT_MANAGER")), "$.id");
        assertThat(people.find(created)).get().extracting(Person::displayName).isEqualTo("测试 " + username);

        HttpResponse<String> changed = api.put("/api/v1/users/" + created, admin, Provisioning.userChangesJson(
                "王芳", provisioning.departmentId("SZ"), true, false, "ACCOUNT_MANAGER"));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(people.find(created)).get().extracting(Person::displayName, Person::departmentName)
                .containsExactly("王芳", "深圳分公司");
    }

    @Test
    void anIntegratorCreatesChangesAndResetsAUser() {
        String username = Names.unique("prov");
        long shanghai = provisioning.departmentId("SH");
        long shenzhen = provisioning.departmentId("SZ");

        HttpResponse<String> created = api.post("/api/v1/users", admin,
                Provisioning.newUserJson(username, shanghai, true, "ACCOUNT_MANAGER"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Json.number(created, "$.id");
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/api/v1/users/" + id);
        assertThat(created.body()).doesNotContain(Provisioning.PASSWORD).doesNotContainIgnoringCase("password");
        HttpResponse<String> fetched = api.get("/api/v1/users/" + id, admin);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(Json.text(fetched, "$.username")).isEqualTo(username);
        assertThat(Json.text(fetched, "$.departmentName")).isEqualTo("上海分公司");
        assertThat(Json.<List<String>>read(fetched, "$.roles")).containsExactly("ACCOUNT_MANAGER");
        assertThat(Json.<Boolean>read(fetched, "$.enabled")).isTrue();

        HttpResponse<String> changed = api.put("/api/v1/users/" + id, admin, Provisioning.userChangesJson(
                "王芳", shenzhen, true, false, "CUSTOMER_SERVICE", "ACCOUNT_MANAGER"));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Json.text(changed, "$.displayName")).isEqualTo("王芳");
        assertThat(Json.number(changed, "$.departmentId")).isEqualTo(shenzhen);
        assertThat(Json.<List<String>>read(changed, "$.roles"))
                .containsExactlyInAnyOrder("ACCOUNT_MANAGER", "CUSTOMER_SERVICE");

        HttpResponse<String> reset = api.put("/api/v1/users/" + id + "/password", admin,
                "{\"password\":\"Renewed2027\"}");

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
        assertThat(api.post("/api/v1/auth/tokens", null, Provisioning.credentials(username, Provisioning.PASSWORD))
                .statusCode()).as("the old password no longer works").isEqualTo(401);
        String token = api.token(username, "Renewed2027");
        HttpResponse<String> me = api.get("/api/v1/me", token);
        assertThat(Json.text(me, "$.department.name")).isEqualTo("深圳分公司");
        assertThat(Json.text(me, "$.dataScope.kind")).as("the wider of the two roles").isEqualTo("DEPARTMENT");
        assertThat(Json.<List<String>>read(me, "$.permissions")).contains("complaint:write", "customer:write");

        for (String action : List.of("USER_CREATED", "USER_CHANGED", "USER_PASSWORD_RESET")) {
            HttpResponse<String> events = api.get("/api/v1/audit/events?action=" + action + "&targetId=" + id, admin);
            assertThat(events.statusCode()).isEqualTo(200);
            assertThat(Json.<List<Object>>read(events, "$")).as(action).hasSize(1);
            assertThat(Json.text(events, "$[0].actor")).as(action).isEqualTo("admin");
            assertThat(Json.text(events, "$[0].targetType")).as(action).isEqualTo("user");
            assertThat(Json.text(events, "$[0].clientAddress")).as(action).isNotBlank();
            assertThat(Json.text(events, "$[0].summary")).as(action).contains(username)
                    .doesNotContain(Provisioning.PASSWORD).doesNotContain("Renewed2027");
        }
    }

    @Test
    void aTakenUsernameIsAConflict() {
        String username = Names.unique("dup");
        provisioning.createUser(username, "SH", "ACCOUNT_MANAGER");

        HttpResponse<String> again = api.post("/api/v1/users", admin, Provisioning.newUserJson(
                username.toUpperCase(), provisioning.departmentId("EAST"), true, "SALES_ADMIN"));

        String detail = assertProblem(again, 409);
        assertThat(detail).contains(username.toUpperCase());
        assertThat(Json.<List<String>>read(api.get("/api/v1/users", admin), "$[*].username"))
                .filteredOn(name -> name.equalsIgnoreCase(username)).hasSize(1);
    }

    @Test
    void anUnknownDepartmentIsAFieldError() {
        String username = Names.unique("nodept");

        HttpResponse<String> answer = api.post("/api/v1/users", admin,
                Provisioning.newUserJson(username, 987_654_321L, true, "ACCOUNT_MANAGER"));

        assertProblem(answer, 400);
        assertThat(Json.text(answer, "$.errors[0].field")).isEqualTo("departmentId");
        assertThat(Json.text(answer, "$.errors[0].code")).isEqualTo("department.unknown");
        assertThat(Json.text(answer, "$.errors[0].message")).contains("987");
        assertThat(Json.<List<String>>read(api.get("/api/v1/users", admin), "$[*].username"))
                .doesNotContain(username);
    }

    @Test
    void aWeakPasswordIsAFieldError() {
        long id = provisioning.createUser(Names.unique("weak"), "SH", "ACCOUNT_MANAGER");

        HttpResponse<String> answer = api.put("/api/v1/users/" + id + "/password", admin,
                "{\"password\":\"onlyletters\"}");

        assertProblem(answer, 400);
        assertThat(Json.text(answer, "$.errors[0].field")).isEqualTo("password");
        assertThat(Json.text(answer, "$.errors[0].code")).isEqualTo("password.weak");
    }
}
