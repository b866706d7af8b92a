package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Provisioning;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/v1/me}: who the caller is, what they may do and how far their data scope reaches. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeApiTests {

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
    void anAccountManagerSeesOnlyOwnCustomers() {
        HttpResponse<String> me = me("manager");

        assertThat(Json.text(me, "$.username")).isEqualTo("manager");
        assertThat(Json.text(me, "$.displayName")).isEqualTo("张伟");
        assertThat(Json.number(me, "$.department.id")).isEqualTo(provisioning.departmentId("SH"));
        assertThat(Json.text(me, "$.department.name")).isEqualTo("上海分公司");
        assertThat(Json.<List<String>>read(me, "$.roles")).containsExactly("ACCOUNT_MANAGER");
        assertThat(Json.<List<String>>read(me, "$.permissions"))
                .contains("customer:read", "customer:write", "followup:write")
                .doesNotContain("user:manage", "audit:read", "customer:handover");
        assertThat(Json.text(me, "$.dataScope.kind")).isEqualTo("OWN");
        assertThat(Json.numbers(me, "$.dataScope.departmentIds")).isEmpty();
    }

    @Test
    void aSalesAdminSeesTheBranchAndEverythingBelowIt() {
        HttpResponse<String> me = me("sales");

        assertThat(Json.text(me, "$.username")).isEqualTo("sales");
        assertThat(Json.text(me, "$.department.name")).isEqualTo("上海分公司");
        assertThat(Json.<List<String>>read(me, "$.roles")).containsExactly("SALES_ADMIN");
        assertThat(Json.<List<String>>read(me, "$.permissions")).contains("customer:handover", "collection:import");
        assertThat(Json.text(me, "$.dataScope.kind")).isEqualTo("DEPARTMENT_AND_CHILDREN");
        assertThat(Json.numbers(me, "$.dataScope.departmentIds")).contains(provisioning.departmentId("SH"))
                .doesNotContain(provisioning.departmentId("HQ"), provisioning.departmentId("SZ"));
    }

    @Test
    void customerServiceSeesItsOwnDepartment() {
        HttpResponse<String> me = me("service");

        assertThat(Json.<List<String>>read(me, "$.roles")).containsExactly("CUSTOMER_SERVICE");
        assertThat(Json.<List<String>>read(me, "$.permissions")).contains("complaint:write")
                .doesNotContain("customer:write");
        assertThat(Json.text(me, "$.dataScope.kind")).isEqualTo("DEPARTMENT");
        assertThat(Json.numbers(me, "$.dataScope.departmentIds")).containsExactly(provisioning.departmentId("SH"));
    }

    @Test
    void theAdministratorSeesEverything() {
        HttpResponse<String> me = me("admin");

        assertThat(Json.text(me, "$.department.name")).isEqualTo("总部");
        assertThat(Json.<List<String>>read(me, "$.roles")).containsExactly("SYSTEM_ADMIN");
        assertThat(Json.<List<String>>read(me, "$.permissions")).contains("user:manage", "department:manage",
                "role:manage", "audit:read", "system:monitor");
        assertThat(Json.text(me, "$.dataScope.kind")).isEqualTo("ALL");
    }

    private HttpResponse<String> me(String username) {
        HttpResponse<String> me = api.get("/api/v1/me", api.token(username, DemoAccounts.PASSWORD));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        return me;
    }
}
