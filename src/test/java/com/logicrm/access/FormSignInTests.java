package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.BrowserSession;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Names;
import com.logicrm.support.Provisioning;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in through the login form, as a browser does: session cookie, CSRF token, redirects. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormSignInTests {

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
    void theRightPasswordOpensTheHomePageAndIsAudited() {
        String username = Names.unique("form");
        provisioning.createUser(username, "SH", "ACCOUNT_MANAGER");
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> signedIn = browser.signIn(username, Provisioning.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(redirectOf(signedIn)).isEqualTo("/");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("测试 " + username);
        HttpResponse<String> signIns = api.get("/api/v1/audit/events?action=SIGN_IN&actor=" + username,
                provisioning.adminToken());
        assertThat(Json.<List<String>>read(signIns, "$[*].targetId")).containsExactly(username);
        assertThat(Json.text(signIns, "$[0].clientAddress")).isNotBlank();
    }

    @Test
    void withoutSigningInTheHomePageRedirectsToTheLoginForm() {
        HttpResponse<String> home = new BrowserSession(port).get("/");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(redirectOf(home)).isEqualTo("/login");
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithAnError() {
        String username = Names.unique("formbad");
        provisioning.createUser(username, "SH", "ACCOUNT_MANAGER");
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> answer = browser.signIn(username, "Wrong2026");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(redirectOf(answer)).isEqualTo("/login?error=bad");
        HttpResponse<String> page = browser.get("/login?error=bad");
        assertThat(page.body()).contains("用户名或密码错误。");
        assertThat(browser.get("/").statusCode()).as("still not signed in").isEqualTo(302);
    }

    @Test
    void anUnknownUserLooksLikeAWrongPassword() {
        HttpResponse<String> answer = new BrowserSession(port).signIn(Names.unique("nobody"), "Wrong2026");

        assertThat(redirectOf(answer)).isEqualTo("/login?error=bad");
    }

    @Test
    void fiveWrongPasswordsLockTheFormToo() {
        String username = Names.unique("formlock");
        provisioning.createUser(username, "SH", "ACCOUNT_MANAGER");
        BrowserSession browser = new BrowserSession(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(redirectOf(browser.signIn(username, "Wrong" + attempt + "abc"))).isEqualTo("/login?error=bad");
        }

        HttpResponse<String> answer = browser.signIn(username, Provisioning.PASSWORD);

        assertThat(redirectOf(answer)).isEqualTo("/login?error=locked");
        assertThat(browser.get("/login?error=locked").body()).contains("账户已锁定");
    }

    @Test
    void aDisabledUserIsToldSo() {
        String username = Names.unique("formoff");
        provisioning.createUser(username, "SH", false, "ACCOUNT_MANAGER");

        HttpResponse<String> answer = new BrowserSession(port).signIn(username, Provisioning.PASSWORD);

        assertThat(redirectOf(answer)).isEqualTo("/login?error=disabled");
    }

    @Test
    void aLoginPostWithoutCsrfTokenIsForbidden() {
        BrowserSession browser = new BrowserSession(port);
        browser.get("/login"); // a session exists, but the post does not carry its token

        HttpResponse<String> answer = browser.postForm("/login",
                Map.of("username", "admin", "password", DemoAccounts.PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void anAdminFormPostWithoutCsrfTokenIsForbidden() {
        BrowserSession browser = new BrowserSession(port);
        assertThat(redirectOf(browser.signIn("admin", DemoAccounts.PASSWORD))).isEqualTo("/");
        assertThat(browser.get("/admin/users/new").statusCode()).isEqualTo(200);
        String username = Names.unique("forged");

        HttpResponse<String> answer = browser.postForm("/admin/users/new", Map.of("username", username,
                "displayName", "伪造", "departmentId", String.valueOf(provisioning.departmentId("SH")),
                "roles", "SYSTEM_ADMIN", "password", Provisioning.PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(Json.<List<String>>read(api.get("/api/v1/users", provisioning.adminToken()), "$[*].username"))
                .doesNotContain(username);
    }

    @Test
    void anAdminFormPostWithTheCsrfTokenCreatesTheUser() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("admin", DemoAccounts.PASSWORD);
        String csrf = browser.csrfTokenOf("/admin/users/new");
        String username = Names.unique("formmade");

        HttpResponse<String> answer = browser.postForm("/admin/users/new", Map.of("username", username,
                "displayName", "表单", "departmentId", String.valueOf(provisioning.departmentId("SH")),
                "roles", "ACCOUNT_MANAGER", "password", Provisioning.PASSWORD, "enabled", "true", "_csrf", csrf));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(redirectOf(answer)).isEqualTo("/admin/users");
        assertThat(Json.<List<String>>read(api.get("/api/v1/users", provisioning.adminToken()), "$[*].username"))
                .contains(username);
    }

    /** The redirect target as path and query, whether the server sent it absolute or relative. */
    private static String redirectOf(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect but " + response.statusCode()));
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
