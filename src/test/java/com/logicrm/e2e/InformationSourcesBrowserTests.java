package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Page;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@BrowserTest
class InformationSourcesBrowserTests {

    @Test
    void aSalesAdminFilesACustomerFromAnExhibitionAndFindsItByItsSource(Page page) {
        String brand = "琨" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        SignInPage.open(page).signIn("sales", DemoAccounts.PASSWORD);
        page.navigate("/customers/new");
        page.locator("#name").fill("上海" + brand + "国际货运代理有限公司");
        page.locator("[data-test=customer-source]").selectOption("EXHIBITION");
        page.locator("[data-test=save-customer]").click();
        assertThat(page.locator("[data-field=source]")).hasText("展会");

        page.navigate("/collection/sources");
        assertThat(page.locator("[data-source=EXHIBITION] [data-test=source-count]")).not().hasText("0");
        Screenshots.take(page, "information-sources");
        page.locator("[data-source=EXHIBITION] a").click();
        assertThat(page.locator("#source")).hasValue("EXHIBITION");
        page.locator("#q").fill(brand);
        assertThat(page.locator("table")).containsText(brand);
    }
}
