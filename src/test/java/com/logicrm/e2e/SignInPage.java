package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The sign-in form at {@code /login}. */
final class SignInPage {

    private final Page page;

    private SignInPage(Page page) {
        this.page = page;
    }

    static SignInPage open(Page page) {
        page.navigate("/login");
        return on(page);
    }

    /** The sign-in form the page is already showing. */
    static SignInPage on(Page page) {
        return new SignInPage(page);
    }

    /** Fills in the form and submits it, wherever that leads. */
    SignInPage submit(String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("[data-test=sign-in]").click();
        return this;
    }

    /** Signs in and waits for the home page. */
    HomePage signIn(String username, String password) {
        submit(username, password);
        HomePage home = new HomePage(page);
        assertThat(home.welcome()).isVisible();
        return home;
    }

    Locator error() {
        return page.locator("[data-test=login-error]");
    }

    Locator submitButton() {
        return page.locator("[data-test=sign-in]");
    }

    Locator english() {
        return page.locator("[data-test=lang-en]");
    }

    Locator chinese() {
        return page.locator("[data-test=lang-zh]");
    }
}
