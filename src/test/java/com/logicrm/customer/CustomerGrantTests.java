package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A confidential customer is invisible without the right, and a grant opens it to one person for a while. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerGrantTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGrantOpensAConfidentialCustomerToOnePersonUntilRevoked() {
        ApiClient api = new ApiClient(port);
        String manager = api.token("manager", DemoAccounts.PASSWORD);
        String otherManager = api.token("manager2", DemoAccounts.PASSWORD);
        String supervisor = api.token("supervisor", DemoAccounts.PASSWORD);
        String name = "深圳机密测试物流有限公司" + ThreadLocalRandom.current().nextInt(1_000_000);

        HttpResponse<String> created = api.post("/api/v1/customers", manager, """
                {"kind":"ENTERPRISE","name":"%s","creditCode":"%s","regionCode":"440305","confidentiality":"CONFIDENTIAL"}"""
                .formatted(name, creditCode()));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = number(created.body(), "id");

        assertThat(api.get("/api/v1/customers/" + id, manager).statusCode())
                .as("even its owner needs clearance for a confidential customer").isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + id, otherManager).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + id, supervisor).statusCode()).isEqualTo(200);

        long otherManagerId = jdbc.sql("select id from access.app_user where username = 'manager2'")
                .query(Long.class).single();
        HttpResponse<String> granted = api.post("/api/v1/customers/" + id + "/grants", supervisor, """
                {"userId":%d,"validUntil":"%s","reason":"年度信用复核"}"""
                .formatted(otherManagerId, Instant.now().plus(2, ChronoUnit.DAYS)));
        assertThat(granted.statusCode()).isEqualTo(201);
        long grantId = number(granted.body(), "id");

        assertThat(api.get("/api/v1/customers/" + id, otherManager).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
                otherManager).body()).contains("\"id\":" + id);
        assertThat(api.get("/api/v1/customers/" + id, manager).statusCode())
                .as("a grant is for one person only").isEqualTo(404);
        assertThat(jdbc.sql("""
                select count(*) from access.audit_event
                where action = 'CONFIDENTIAL_CUSTOMER_VIEWED' and actor = 'manager2' and target_id = ?""")
                .param(String.valueOf(id)).query(Long.class).single()).isPositive();

        assertThat(api.delete("/api/v1/customers/" + id + "/grants/" + grantId, supervisor).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/customers/" + id, otherManager).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyApproversGrant() {
        ApiClient api = new ApiClient(port);
        String manager = api.token("manager", DemoAccounts.PASSWORD);
        long anyCustomer = jdbc.sql("select min(id) from customer.customer").query(Long.class).single();
        HttpResponse<String> refused = api.post("/api/v1/customers/" + anyCustomer + "/grants", manager,
                "{\"userId\":1,\"validUntil\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\",\"reason\":\"x\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    private static String creditCode() {
        StringBuilder body = new StringBuilder("91440305");
        for (int i = 0; i < 9; i++) {
            body.append(ThreadLocalRandom.current().nextInt(10));
        }
        return body.toString() + CreditCode.checkCharacter(body.toString());
    }

    private static long number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(field + " in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
