package com.logicrm.e2e;

import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;

/** Checks on how a page is laid out, beyond what its text says. */
final class PageLayout {

    private PageLayout() {
    }

    /** Nothing sticks out to the right: wide tables scroll inside their card, not the whole page. */
    static void assertFitsTheWindow(Page page) {
        int pageWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        int windowWidth = ((Number) page.evaluate("() => window.innerWidth")).intValue();
        Assertions.assertThat(pageWidth).as("page width at a %d px wide window", windowWidth)
                .isLessThanOrEqualTo(windowWidth);
    }
}
