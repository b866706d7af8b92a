package com.logicrm.access;

import static com.logicrm.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Names;
import com.logicrm.support.Provisioning;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issuing, listing, revoking and presenting API tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenLifecycleTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Provisioning provisioning;
    String username;

    @BeforeEach
    void ownUser() {
        api = new ApiClient(port);
        provisioning = new Provisioning(api);
        username = Names.unique("tok");
        provisioning.createUser(username, "SH", "ACCOUNT_MANAGER");
    }

    @Test
    void issuedTokenCarriesTheTokenAndItsExpiry() {
        Instant before = Instant.now();
        HttpResponse<String> issued = api.post("/api/v1/auth/tokens", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + Provisioning.PASSWORD
                        + "\",\"name\":\"ERP sync\"}");

        assertThat(issued.statusCode()).isEqualTo(201);
        long id = Json.number(issued, "$.id");
        assertThat(issued.headers().firstValue("Location")).get().asString().endsWith("/api/v1/auth/tokens/" + id);
        assertThat(Json.text(issued, "$.token")).startsWith("lcrm_").hasSizeGreaterThan(30);
        Instant expiresAt = Instant.parse(Json.text(issued, "$.expiresAt"));
        assertThat(expiresAt).isAfter(before.plusSeconds(29L * 24 * 3600))
                .isBefore(Instant.now().plusSeconds(31L * 24 * 3600));
    }

    @Test
    void theListShowsOwnTokensButNeverTheTokenText() {
        Issued first = issue(username, Provisioning.PASSWORD);
        Issued second = issue(username, Provisioning.PASSWORD);
        Issued somebodyElses = issue("manager", DemoAccounts.PASSWORD);

        HttpResponse<String> list = api.get("/api/v1/auth/tokens", first.token());

        assertThat(list.statusCode()).isEqualTo(200);
        List<Long> ids = Json.numbers(list, "$[*].id");
        assertThat(ids).containsExactlyInAnyOrder(first.id(), second.id()).doesNotContain(somebodyElses.id());
        assertThat(list.body()).doesNotContain(first.token()).doesNotContain(second.token())
                .doesNotContain("\"token\"").doesNotContain("tokenHash").doesNotContain(storedHash(first.id()));
        assertThat(Json.text(list, "$[0].expiresAt")).isNotBlank();
    }

    @Test
    void aRevokedTokenIsRefused() {
        Issued token = issue(username, Provisioning.PASSWORD);
        Issued other = issue(username, Provisioning.PASSWORD);
        assertThat(api.get("/api/v1/me", token.token()).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = api.delete("/api/v1/auth/tokens/" + token.id(), other.token());

        assertThat(revoked.statusCode()).isEqualTo(204);
        HttpResponse<String> refused = api.get("/api/v1/me", token.token());
        String detail = assertProblem(refused, 401);
        assertThat(detail).isEqualTo("令牌已吊销。");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertThat(api.get("/api/v1/me", other.token()).statusCode()).as("the other token still works")
                .isEqualTo(200);
        List<String> revokedAt = Json.read(api.get("/api/v1/auth/tokens", other.token()),
                "$[?(@.id == " + token.id() + ")].revokedAt");
        assertThat(revokedAt).hasSize(1).doesNotContainNull();
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() {
        String mine = api.token(username, Provisioning.PASSWORD);
        Issued theirs = issue("manager", DemoAccounts.PASSWORD);

        HttpResponse<String> answer = api.delete("/api/v1/auth/tokens/" + theirs.id(), mine);

        assertProblem(answer, 404);
        assertThat(api.get("/api/v1/me", theirs.token()).statusCode()).as("their token still works")
                .isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Issued token = issue(username, Provisioning.PASSWORD);
        jdbc.sql("update access.api_token set expires_at = now() - interval '1 minute' where id = ?")
                .param(token.id()).update();

        String detail = assertProblem(api.get("/api/v1/me", token.token()), 401);

        assertThat(detail).isEqualTo("令牌已过期，请重新申请。");
    }

    @Test
    void aTokenInUseStopsWorkingAsSoonAsItsUserIsDisabledOrLosesARole() {
        long id = provisioning.createUser(Names.unique("tok"), "SH", "ACCOUNT_MANAGER", "SALES_ADMIN");
        String name = Json.text(api.get("/api/v1/users/" + id, provisioning.adminToken()), "$.username");
        Issued token = issue(name, Provisioning.PASSWORD);
        assertThat(Json.<List<String>>read(api.get("/api/v1/me", token.token()), "$.roles")).contains("SALES_ADMIN");

        api.put("/api/v1/users/" + id, provisioning.adminToken(),
                Provisioning.userChangesJson("测试", provisioning.departmentId("SH"), true, false, "ACCOUNT_MANAGER"));
        assertThat(Json.<List<String>>read(api.get("/api/v1/me", token.token()), "$.roles"))
                .as("the change is seen by the very next request, not after the cache expires")
                .containsExactly("ACCOUNT_MANAGER");

        api.put("/api/v1/users/" + id, provisioning.adminToken(),
                Provisioning.userChangesJson("测试", provisioning.departmentId("SH"), false, false, "ACCOUNT_MANAGER"));
        assertThat(assertProblem(api.get("/api/v1/me", token.token()), 401)).isEqualTo("令牌所属账户已停用或锁定。");
    }

    @Test
    void aTokenInUseStopsWorkingAsSoonAsItsUserIsLockedOut() {
        Issued token = issue(username, Provisioning.PASSWORD);
        assertThat(api.get("/api/v1/me", token.token()).statusCode()).isEqualTo(200);

        for (int attempt = 0; attempt < 5; attempt++) {
            api.post("/api/v1/auth/tokens", null, Provisioning.credentials(username, "wrong-password-" + attempt));
        }
        assertThat(assertProblem(api.get("/api/v1/me", token.token()), 401))
                .as("refused by the very next request, not after the cache expires")
                .isEqualTo("令牌所属账户已停用或锁定。");
    }

    @Test
    void anUnknownTokenIsRefused() {
        String detail = assertProblem(api.get("/api/v1/me", "lcrm_thisTokenWasNeverIssuedByLogiCRM0000000"), 401);

        assertThat(detail).isEqualTo("令牌无效。");
    }

    @Test
    void noTokenMeansUnauthorised() {
        HttpResponse<String> answer = api.get("/api/v1/me", null);

        String detail = assertProblem(answer, 401);
        assertThat(detail).contains("Bearer");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        Issued issued = issue(username, Provisioning.PASSWORD);

        String stored = storedHash(issued.id());

        assertThat(stored).isNotEqualTo(issued.token()).doesNotContain(issued.token()).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("select count(*) from access.api_token where token_hash = ? or name = ?")
                .params(issued.token(), issued.token()).query(Long.class).single()).isZero();
    }

    private Issued issue(String user, String password) {
        HttpResponse<String> issued = api.post("/api/v1/auth/tokens", null, Provisioning.credentials(user, password));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return new Issued(Json.number(issued, "$.id"), Json.text(issued, "$.token"));
    }

    private String storedHash(long tokenId) {
        return jdbc.sql("select token_hash from access.api_token where id = ?").param(tokenId)
                .query(String.class).single();
    }

    private record Issued(long id, String token) {
    }
}
