package com.logicrm.access;

import static com.logicrm.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.Json;
import com.logicrm.support.Names;
import com.logicrm.support.Provisioning;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Token requests that must be refused: wrong password, disabled account, locked-out account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInRejectionTests {

    @LocalServerPort
    int port;

    ApiClient api;
    Provisioning provisioning;
    String username;
    long userId;

    @BeforeEach
    void ownUser() {
        api = new ApiClient(port);
        provisioning = new Provisioning(api);
        username = Names.unique("signin");
        userId = provisioning.createUser(username, "SH", "ACCOUNT_MANAGER");
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        HttpResponse<String> answer = requestToken("Wrong2026");

        String detail = assertProblem(answer, 401);
        assertThat(detail).isEqualTo("用户名或密码错误。");
        assertThat(answer.body()).doesNotContain("Wrong2026");
        HttpResponse<String> failures = api.get("/api/v1/audit/events?action=SIGN_IN_FAILED&actor=" + username,
                provisioning.adminToken());
        assertThat(failures.statusCode()).isEqualTo(200);
        assertThat(Json.<List<String>>read(failures, "$[*].summary")).containsExactly("BadCredentialsException");
        assertThat(Json.<List<String>>read(failures, "$[*].targetId")).containsExactly(username);
    }

    @Test
    void anUnknownUsernameLooksLikeAWrongPasswordAndIsAudited() {
        String stranger = Names.unique("stranger");

        HttpResponse<String> answer = api.post("/api/v1/auth/tokens", null,
                Provisioning.credentials(stranger, Provisioning.PASSWORD));

        String detail = assertProblem(answer, 401);
        assertThat(detail).isEqualTo("用户名或密码错误。");
        HttpResponse<String> failures = api.get("/api/v1/audit/events?action=SIGN_IN_FAILED&actor=" + stranger,
                provisioning.adminToken());
        assertThat(Json.<List<String>>read(failures, "$[*].summary")).containsExactly("BadCredentialsException");
    }

    @Test
    void aDisabledUserGetsNoToken() {
        long departmentId = provisioning.departmentId("SH");
        HttpResponse<String> disabled = api.put("/api/v1/users/" + userId, provisioning.adminToken(),
                Provisioning.userChangesJson("停用", departmentId, false, false, "ACCOUNT_MANAGER"));
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(Json.<Boolean>read(disabled, "$.enabled")).isFalse();

        String detail = assertProblem(requestToken(Provisioning.PASSWORD), 401);

        assertThat(detail).isEqualTo("账户已停用，请联系管理员。");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(requestToken("Wrong" + attempt + "xyz").statusCode()).as("attempt %d", attempt)
                    .isEqualTo(401);
        }

        String detail = assertProblem(requestToken(Provisioning.PASSWORD), 401);

        assertThat(detail).as("even the right password is refused now").isEqualTo("账户已锁定，请稍后再试或联系管理员。");
        HttpResponse<String> user = api.get("/api/v1/users/" + userId, provisioning.adminToken());
        Instant lockedUntil = Instant.parse(Json.text(user, "$.lockedUntil"));
        assertThat(lockedUntil).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
                Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(Json.<Boolean>read(user, "$.locked")).as("not locked by an administrator").isFalse();
        assertThat(Json.<List<String>>read(api.get("/api/v1/audit/events?action=USER_LOCKED_OUT&targetId="
                + username, provisioning.adminToken()), "$[*].actor")).containsExactly(username);

        HttpResponse<String> unlocked = api.put("/api/v1/users/" + userId, provisioning.adminToken(),
                Provisioning.userChangesJson("解锁", provisioning.departmentId("SH"), true, false,
                        "ACCOUNT_MANAGER"));

        assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
        assertThat(Json.<Object>read(unlocked, "$.lockedUntil")).isNull();
        assertThat(requestToken(Provisioning.PASSWORD).statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> requestToken(String password) {
        return api.post("/api/v1/auth/tokens", null, Provisioning.credentials(username, password));
    }
}
