package com.logicrm.customer;

import static com.logicrm.customer.ArchiveFixtures.brand;
import static com.logicrm.customer.ArchiveFixtures.get;
import static com.logicrm.customer.ArchiveFixtures.ids;
import static com.logicrm.customer.ArchiveFixtures.JSON;
import static com.logicrm.customer.ArchiveFixtures.read;
import static com.logicrm.customer.ArchiveFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandoverApiTests {

    private static final String PASSWORD = "handover2026x";

    @LocalServerPort
    int port;
    ApiClient api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.token("admin", DemoAccounts.PASSWORD);
    }

    /** An account manager of its own, in the sales admin's department (上海分公司). */
    private JsonNode accountManager(String prefix) {
        String sales = api.token("sales", DemoAccounts.PASSWORD);
        long shanghai = read(api.get("/api/v1/me", sales).body()).path("department").path("id").asLong();
        String username = prefix + ThreadLocalRandom.current().nextInt(1_000_000);
        HttpResponse<String> created = api.post("/api/v1/users", admin, """
                {"username":"%s","displayName":"%s","departmentId":%d,"roles":["ACCOUNT_MANAGER"],"password":"%s"}"""
                .formatted(username, "交接" + username, shanghai, PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created.body());
    }

    /** Two account managers of their own, signed in: one who leaves, one who takes over. */
    private record Parties(JsonNode leaving, JsonNode taking, String leavingToken, String takingToken) {
    }

    private Parties parties() {
        JsonNode leaving = accountManager("leaving");
        JsonNode taking = accountManager("taking");
        return new Parties(leaving, taking, api.token(leaving.path("username").asString(), PASSWORD),
                api.token(taking.path("username").asString(), PASSWORD));
    }

    /** Hands every current customer of {@code from} over to {@code to}; the handover must succeed. */
    private HttpResponse<String> handOver(String token, JsonNode from, JsonNode to, String reason) {
        HttpResponse<String> handover = api.post("/api/v1/customers/handovers", token, """
                {"fromUserId":%d,"toUserId":%d,"reason":"%s"}"""
                .formatted(from.path("id").asLong(), to.path("id").asLong(), reason));
        assertThat(handover.statusCode()).as(handover.body()).isEqualTo(201);
        return handover;
    }

    @Test
    void allCurrentCustomersOfOnePersonGoToAnother() {
        Parties parties = parties();
        JsonNode leaving = parties.leaving();
        JsonNode taking = parties.taking();
        String leavingToken = parties.leavingToken();
        String takingToken = parties.takingToken();
        long first = register(api, leavingToken, brand() + "物流有限公司", "").path("id").asLong();
        long second = register(api, leavingToken, brand() + "物流有限公司", "").path("id").asLong();
        long retired = register(api, leavingToken, brand() + "物流有限公司", "").path("id").asLong();
        assertThat(api.delete("/api/v1/customers/" + retired + "?reason=closed", leavingToken).statusCode())
                .isEqualTo(204);
        int versionBefore = get(api, leavingToken, first).path("version").asInt();

        String supervisor = api.token("supervisor", DemoAccounts.PASSWORD);
        HttpResponse<String> handover = handOver(supervisor, leaving, taking, "客户经理离职");
        JsonNode done = read(handover.body());
        assertThat(done.path("customerCount").asInt()).isEqualTo(2);

        // OWN scope: the person who handed over no longer sees them; the new owner does.
        assertThat(api.get("/api/v1/customers/" + first, leavingToken).statusCode()).isEqualTo(404);
        assertThat(ids(read(api.get("/api/v1/customers", leavingToken).body()).path("items")))
                .doesNotContain(first, second);
        assertThat(ids(read(api.get("/api/v1/customers", takingToken).body()).path("items")))
                .contains(first, second).doesNotContain(retired);
        JsonNode moved = get(api, takingToken, first);
        assertThat(moved.path("ownerId").asLong()).isEqualTo(taking.path("id").asLong());
        assertThat(moved.path("version").asInt()).isGreaterThan(versionBefore);
        assertThat(api.get("/api/v1/customers/" + retired, supervisor).body())
                .contains("\"ownerId\":" + leaving.path("id").asLong());

        JsonNode history = read(api.get("/api/v1/customers/" + second + "/history", takingToken).body());
        assertThat(history.get(0).path("field").asString()).isEqualTo("ownerId");
        assertThat(history.get(0).path("oldValue").asString()).isEqualTo(leaving.path("id").asString());
        assertThat(history.get(0).path("newValue").asString()).isEqualTo(taking.path("id").asString());
        assertThat(history.get(0).path("reason").asString()).isEqualTo("客户经理离职");

        long handoverId = done.path("id").asLong();
        assertThat(api.get("/api/v1/audit/events?action=CUSTOMERS_HANDED_OVER&targetId=" + handoverId, admin).body())
                .contains("2 customers");
        assertThat(ids(read(api.get("/api/v1/customers/handovers", supervisor).body()))).contains(handoverId);
    }

    @Test
    void theNewOwnerFindsTheCustomerByItsContactsNameAndTheOldOwnerNoLonger() {
        Parties parties = parties();
        long customer = register(api, parties.leavingToken(), brand() + "物流有限公司", "").path("id").asLong();
        String query = searchByNewContact(customer, parties.leavingToken());
        assertThat(found(query, parties.leavingToken())).containsExactly(customer);
        assertThat(found(query, parties.takingToken())).isEmpty();

        handOver(api.token("supervisor", DemoAccounts.PASSWORD), parties.leaving(), parties.taking(), "调岗");

        assertThat(found(query, parties.takingToken())).containsExactly(customer);
        assertThat(found(query, parties.leavingToken())).isEmpty();
    }

    @Test
    void anEditThatChangesTheOwnerTakesTheContactsAlong() {
        Parties parties = parties();
        long customer = register(api, parties.leavingToken(), brand() + "物流有限公司", "").path("id").asLong();
        String query = searchByNewContact(customer, parties.leavingToken());
        String supervisor = api.token("supervisor", DemoAccounts.PASSWORD);

        Map<String, Object> change = JSON.convertValue(get(api, supervisor, customer), Map.class);
        change.put("ownerId", parties.taking().path("id").asLong());
        change.put("reason", "调岗");
        HttpResponse<String> edited = api.put("/api/v1/customers/" + customer, supervisor,
                JSON.writeValueAsString(change));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

        assertThat(found(query, parties.takingToken())).containsExactly(customer);
        assertThat(found(query, parties.leavingToken())).isEmpty();
    }

    /**
     * Adds a contact to the customer and returns the search for its name, which the customer's own
     * name does not hold: only the contact branch of the search can find it.
     */
    private String searchByNewContact(long customer, String token) {
        String contactName = "欧阳" + brand();
        HttpResponse<String> added = api.post("/api/v1/customers/" + customer + "/contacts", token,
                "{\"name\":\"" + contactName + "\",\"level\":\"OPERATOR\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return "/api/v1/customers?size=100&q=" + URLEncoder.encode(contactName, StandardCharsets.UTF_8);
    }

    private List<Long> found(String query, String token) {
        return ids(read(api.get(query, token).body()).path("items"));
    }

    @Test
    void handoverNeedsItsPermissionAReasonAndTwoPeople() {
        JsonNode leaving = accountManager("leaving");
        JsonNode taking = accountManager("taking");
        String body = """
                {"fromUserId":%d,"toUserId":%d,"reason":"调岗"}""".formatted(leaving.path("id").asLong(),
                taking.path("id").asLong());
        String manager = api.token("manager", DemoAccounts.PASSWORD);
        assertThat(api.post("/api/v1/customers/handovers", manager, body).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/customers/handovers", manager).statusCode()).isEqualTo(403);

        String sales = api.token("sales", DemoAccounts.PASSWORD);
        assertThat(api.post("/api/v1/customers/handovers", sales, """
                {"fromUserId":%d,"toUserId":%d,"reason":" "}""".formatted(leaving.path("id").asLong(),
                taking.path("id").asLong())).statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/customers/handovers", sales, """
                {"fromUserId":%d,"toUserId":%d,"reason":"调岗"}""".formatted(leaving.path("id").asLong(),
                leaving.path("id").asLong())).statusCode()).isEqualTo(400);
        HttpResponse<String> nothing = api.post("/api/v1/customers/handovers", sales, body);
        assertThat(nothing.statusCode()).isEqualTo(201);
        assertThat(read(nothing.body()).path("customerCount").asInt()).isZero();
    }
}
