package com.logicrm.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each browser test a fresh {@link Page} (its own cookies) pointed at the running server. The
 * browser itself is launched once per run. Without Chromium the tests are skipped, or fail when
 * {@code LOGICRM_E2E_REQUIRED=true}. A failing test leaves a screenshot named after it.
 */
final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final double TIMEOUT_MILLIS = 15_000;

    @Override
    public void beforeAll(ExtensionContext context) {
        Path executable = Chromium.require();
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
        context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SystemBrowser.class, type -> SystemBrowser.launch(executable), SystemBrowser.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SystemBrowser browser = context.getRoot().getStore(NAMESPACE).get(SystemBrowser.class, SystemBrowser.class);
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        BrowserContext session = browser.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(1280, 800));
        session.setDefaultTimeout(TIMEOUT_MILLIS);
        session.setDefaultNavigationTimeout(TIMEOUT_MILLIS * 2);
        Page page = session.newPage();
        context.getStore(NAMESPACE).put(Page.class, page);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Page page = context.getStore(NAMESPACE).remove(Page.class, Page.class);
        if (page == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                Screenshots.take(page, "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-" + Math.abs(context.getUniqueId().hashCode()));
            }
        } finally {
            page.context().close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Page.class, Page.class);
    }
}
