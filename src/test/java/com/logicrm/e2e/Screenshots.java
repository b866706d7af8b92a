package com.logicrm.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Full-page screenshots under {@code target/screenshots}, for people to look at after a run. */
final class Screenshots {

    static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    static Path take(Page page, String name) {
        Path file = DIRECTORY.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
