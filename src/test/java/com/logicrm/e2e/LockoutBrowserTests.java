package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.access.DepartmentAdministration;
import com.logicrm.access.DepartmentView;
import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class LockoutBrowserTests {

    private static final String PASSWORD = "Lockout2026";

    @LocalServerPort
    int port;

    @Autowired
    DepartmentAdministration departments;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne(Page page) {
        String username = "lockout." + System.currentTimeMillis();
        createAccountManager(username);

        for (int attempt = 1; attempt <= 5; attempt++) {
            SignInPage form = SignInPage.open(page).submit(username, "wrong-" + attempt);
            assertThat(page).hasURL(Pattern.compile("/login\\?error=bad$"));
            assertThat(form.error()).hasText("用户名或密码错误。");
        }

        SignInPage form = SignInPage.open(page).submit(username, PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/login\\?error=locked$"));
        assertThat(form.error()).containsText("账户已锁定");
        assertThat(page.locator("[data-test=welcome]")).hasCount(0);
        Screenshots.take(page, "lockout");

        page.navigate("/login?error=locked&lang=en");
        assertThat(form.error()).containsText("This account is locked");
    }

    /** A user of this test's own, so that no demo account is ever locked for the other tests. */
    private void createAccountManager(String username) {
        ApiClient api = new ApiClient(port);
        long shanghai = departments.all().stream()
                .filter(department -> department.name().equals("上海分公司"))
                .map(DepartmentView::id)
                .findFirst().orElseThrow();
        String token = api.token("admin", DemoAccounts.PASSWORD);
        HttpResponse<String> created = api.post("/api/v1/users", token, """
                {"username":"%s","displayName":"锁定测试","departmentId":%d,"roles":["ACCOUNT_MANAGER"],"password":"%s"}
                """.formatted(username, shanghai, PASSWORD));
        Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
