package com.logicrm.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The system Chromium the browser tests drive. Playwright never downloads a browser of its own
 * here: the tests use the {@code chromium} on the PATH (or {@code /usr/bin/chromium}) and are skipped
 * without one, unless {@value #REQUIRED_VARIABLE}{@code =true} says the run must have it.
 */
final class Chromium {

    static final String REQUIRED_VARIABLE = "LOGICRM_E2E_REQUIRED";
    static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");
    static final Path FALLBACK = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** The Chromium to launch; skips the calling test without one, or fails it when one is required. */
    static Path require() {
        return require(find(System.getenv("PATH"), FALLBACK), Boolean.parseBoolean(System.getenv(REQUIRED_VARIABLE)));
    }

    static Path require(Optional<Path> executable, boolean required) {
        if (executable.isPresent()) {
            return executable.get();
        }
        String missing = "No chromium on the PATH nor at " + FALLBACK;
        if (required) {
            return Assertions.fail(missing + ", but " + REQUIRED_VARIABLE + "=true requires the browser tests");
        }
        return Assumptions.abort(missing + ": browser tests skipped (install the Debian package chromium)");
    }

    static Optional<Path> find(String searchPath, Path fallback) {
        Optional<Path> onPath = searchPath == null ? Optional.empty()
                : Arrays.stream(searchPath.split(File.pathSeparator))
                        .filter(directory -> !directory.isBlank())
                        .map(directory -> Path.of(directory, "chromium"))
                        .filter(Chromium::runnable)
                        .findFirst();
        return onPath.or(() -> runnable(fallback) ? Optional.of(fallback) : Optional.empty());
    }

    private static boolean runnable(Path candidate) {
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
    }
}
