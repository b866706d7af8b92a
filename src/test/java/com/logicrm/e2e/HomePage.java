package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The dashboard after signing in, with the shell around it: top bar and side navigation. */
final class HomePage {

    private final Page page;

    HomePage(Page page) {
        this.page = page;
    }

    Locator welcome() {
        return page.locator("[data-test=welcome]");
    }

    Locator roles() {
        return page.locator("[data-test=my-roles]");
    }

    Locator scope() {
        return page.locator("[data-test=my-scope]");
    }

    Locator navigation() {
        return page.locator("nav.sidebar");
    }

    Locator navigationSection(String heading) {
        return navigation().locator(".sidebar-heading", new Locator.LocatorOptions().setHasText(heading));
    }

    /** Charts that ECharts has not drawn (yet): none once the page has settled. */
    Locator undrawnCharts() {
        return page.locator("[data-chart]:not([data-drawn=true])");
    }

    /** The side navigation's link to {@code path}. */
    Locator navigationLink(String path) {
        return navigation().locator("a[href='" + path + "']");
    }

    Locator currentUser() {
        return page.locator("[data-test=current-user]");
    }

    Locator chinese() {
        return page.locator("header [data-test=lang-zh]");
    }

    /** Signs out and waits for the sign-in form. */
    SignInPage signOut() {
        page.locator("[data-test=sign-out]").click();
        assertThat(page.locator("[data-test=sign-in]")).isVisible();
        return SignInPage.on(page);
    }
}
