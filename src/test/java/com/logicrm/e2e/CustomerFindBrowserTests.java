package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Finding customers as a sales admin: tags, the cascading region filter, the sort and a saved filter. */
@BrowserTest
class CustomerFindBrowserTests {

    @Test
    void aTaggedCustomerIsFoundByTagRegionAndSortAndTheFilterIsSaved(Page page) {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String name = "上海浦江冷链物流有限公司" + suffix;
        String tag = "冷链" + suffix;

        SignInPage.open(page).signIn("sales", DemoAccounts.PASSWORD);
        page.navigate("/customers/new");
        page.locator("input[name=name]").fill(name);
        page.locator("[data-test=customer-tags]").fill(tag + "、跨境，重点培育");
        assertThat(page.locator("[data-region-picker][data-ready=true]")).hasCount(1);
        chooseRegion(page, "上海市", "市辖区", "浦东新区");
        page.locator("[data-test=save-customer]").click();
        assertThat(page).hasURL(Pattern.compile("/customers/\\d+$"));
        assertThat(page.locator("[data-test=tag]")).hasText(new String[] {tag, "跨境", "重点培育"});

        page.navigate("/customers");
        assertThat(page.locator("[data-region-picker][data-ready=true]")).hasCount(1);
        page.locator("[data-test=tag-filter]").fill(tag);
        chooseRegion(page, "上海市", "市辖区", "浦东新区");
        page.locator("[data-test=sort]").selectOption("name");
        assertThat(page).hasURL(Pattern.compile("county=310115.*sort=name"));
        Locator rows = page.locator("[data-test=customer-table] tbody tr[data-archive-no]");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText(name);
        assertThat(rows.first().locator("[data-test=tag]")).hasText(new String[] {tag, "跨境", "重点培育"});

        page.locator("[data-test=saved-filter-name]").fill("浦东冷链" + suffix);
        page.locator("[data-test=save-filter] button[type=submit]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("浦东冷链" + suffix);
        page.navigate("/customers");
        Locator saved = page.locator("[data-saved-filter='浦东冷链" + suffix + "']");
        saved.locator("[data-test=apply-saved-filter]").click();
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText(name);
        assertThat(page.locator("[data-test=sort]")).hasValue("name");
        assertThat(page.locator("[data-region-level=county]")).hasValue("310115");
        Screenshots.take(page, "customer-list-tags-sort-saved-filter");

        saved.locator("[data-test=delete-saved-filter]").click();
        assertThat(page.locator("[data-test=flash]")).isVisible();
        assertThat(page.locator("[data-saved-filter='浦东冷链" + suffix + "']")).hasCount(0);

        page.navigate("/customers?sort=completeness");
        assertThat(page.locator("[data-test=next-page]")).hasAttribute("href", Pattern.compile("sort=completeness"));
        Screenshots.take(page, "customer-list-by-completeness");
    }

    private static void chooseRegion(Page page, String province, String city, String county) {
        page.locator("[data-region-level=province]").selectOption(new SelectOption().setLabel(province));
        page.locator("[data-region-level=city]").selectOption(new SelectOption().setLabel(city));
        page.locator("[data-region-level=county]").selectOption(new SelectOption().setLabel(county));
    }
}
