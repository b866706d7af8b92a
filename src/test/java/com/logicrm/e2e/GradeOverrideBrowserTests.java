package com.logicrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.logicrm.support.DemoAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A supervisor classifies the demo customers' year, clicks from the Pareto curve to class A, sets one A
 * customer's grade by hand with a reason, and finds the grade still set by hand in the next run.
 */
@BrowserTest
class GradeOverrideBrowserTests {

    private static final String REASON = "客户业务转由子公司承接，本公司仅保留零星订单";

    @Test
    void aGradeSetByHandSurvivesTheNextRun(Page page) {
        // the demo shipments lie in the twelve months up to today
        LocalDate today = LocalDate.now();
        String from = today.minusDays(364).toString();
        String to = today.toString();

        SignInPage.open(page).signIn("supervisor", DemoAccounts.PASSWORD);
        page.navigate("/classification");
        assertThat(page.locator("h1")).hasText("客户归类");
        // the star rules are there to read and change before the run; this one keeps the defaults
        page.locator("[data-test=star-rules] summary").click();
        assertThat(page.locator("#star5MaxDecile")).hasValue("1");
        assertThat(page.locator("#star2MinLoyalty")).hasValue("0.2");
        Screenshots.take(page, "override-0-star-rules");
        long first = startRun(page, from, to, "override-1-progress");
        Screenshots.take(page, "override-1-run");

        // the Pareto curve's band of class A opens class A's customers
        Locator pareto = page.locator("[data-test=pareto-chart]");
        pareto.scrollIntoViewIfNeeded();
        BoundingBox box = pareto.boundingBox();
        @SuppressWarnings("unchecked")
        List<Number> inA = (List<Number>) pareto.evaluate("element => { const chart = echarts.getInstanceByDom(element);"
                + " const area = chart.getOption().series[0].markArea.data[0];"
                + " return chart.convertToPixel({gridIndex: 0}, [(area[0].xAxis + area[1].xAxis) / 2, 50]); }");
        Screenshots.take(page, "override-2-pareto");
        page.mouse().click(box.x + inA.get(0).doubleValue(), box.y + inA.get(1).doubleValue());
        page.waitForURL(Pattern.compile(".*/classification/runs/" + first + "/customers\\?grade=A$"));
        assertThat(page.locator("[data-test=customers-title]")).hasText("本次归类的A 类（VIP）客户");
        Locator top = page.locator("[data-test=run-customers] tbody tr[data-customer]").first();
        assertThat(top.locator("[data-test=grade]")).hasText("A");
        long customer = Long.parseLong(top.getAttribute("data-customer"));
        String name = top.locator("[data-test=customer-name]").innerText();
        Screenshots.take(page, "override-3-class-a");

        // the customer's tab 归类与评价: set the grade to D with a reason
        top.locator("[data-test=customer-name]").click();
        page.locator("[data-test=tab-classification]").click();
        Locator tab = page.locator("[data-test=classification-tab]");
        assertThat(tab.locator("[data-test=current-grades] [data-field=grade]")).containsText("A");
        assertThat(tab.locator("[data-test=no-override]")).isVisible();
        page.locator("#overrideGrade").selectOption("D");
        page.locator("#overrideReason").fill(REASON);
        Screenshots.take(page, "override-4-form");
        page.locator("[data-test=save-override]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("已将该客户的等级人工设定为 D 类");
        Locator current = page.locator("[data-test=current-override]");
        assertThat(current.locator("[data-field=override-grade]")).hasText("D");
        assertThat(current.locator("[data-field=override-reason]")).hasText(REASON);
        assertThat(current).containsText("设定人 supervisor");
        Screenshots.take(page, "override-5-set");

        // the next run keeps the grade set by hand, beside the computed one
        page.navigate("/classification");
        long next = startRun(page, from, to, "override-6-progress");
        assertThat(page.locator("[data-test=run-title]")).containsText("第 " + next + " 次归类");
        page.navigate("/classification/runs/" + next + "/customers?grade=D");
        Locator line = page.locator("[data-test=run-customers] tr[data-customer='" + customer + "']");
        assertThat(line.locator("[data-test=customer-name]")).hasText(name);
        assertThat(line.locator("[data-test=grade]")).hasText("D");
        assertThat(line).containsText("人工设定，计算结果 A");
        Screenshots.take(page, "override-7-next-run");

        page.navigate("/customers/" + customer + "?tab=classification");
        assertThat(tab.locator("[data-test=current-grades] [data-field=grade]")).containsText("D");
        assertThat(tab.locator("[data-test=current-grades] [data-field=grade]")).containsText("人工设定，计算结果 A");
        Locator newest = tab.locator("[data-test=grade-history] tr[data-run='" + next + "']");
        assertThat(newest.locator("[data-field=grade]")).hasText("D");
        assertThat(newest).containsText("是");
        assertThat(tab.locator("[data-test=grade-history] tr[data-run='" + first + "'] [data-field=grade]")).hasText("A");
        Screenshots.take(page, "override-8-customer-tab");

        // revoked, the next run grades it by the computed result again
        page.locator("[data-test=revoke]").click();
        assertThat(page.locator("[data-test=flash]")).containsText("已撤销人工设定的等级");
        assertThat(page.locator("[data-test=no-override]")).isVisible();
        Screenshots.take(page, "override-9-revoked");
    }

    /** Starts a run of the period from the page, sees its progress until the charts are drawn, and returns its id. */
    private static long startRun(Page page, String from, String to, String progressShot) {
        page.locator("#periodFrom").fill(from);
        page.locator("#periodTo").fill(to);
        page.locator("[data-test=start-run]").click();
        page.waitForURL(Pattern.compile(".*/classification\\?run=\\d+$"));
        long run = Long.parseLong(page.url().replaceAll(".*run=", ""));
        // state and bar read in one go: the page reloads itself as soon as the run has finished
        @SuppressWarnings("unchecked")
        List<Object> shown = (List<Object>) page.evaluate("() => [document.querySelector('[data-test=run-state]')"
                + ".textContent.trim(), document.querySelector('[data-test=progress]') !== null]");
        if (!"已完成".equals(shown.get(0))) {
            org.assertj.core.api.Assertions.assertThat(shown.get(0)).isIn("排队中", "进行中");
            org.assertj.core.api.Assertions.assertThat(shown.get(1)).as("the progress bar of a busy run").isEqualTo(true);
            Screenshots.take(page, progressShot);
        }
        assertThat(page.locator("[data-test=run-state]")).hasText("已完成",
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        page.waitForSelector("[data-test=pareto-chart][data-drawn=true]", new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        return run;
    }
}
