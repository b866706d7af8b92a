package com.logicrm.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Finding the system browser, and what happens without one: no Spring, no browser needed. */
class ChromiumTests {

    @TempDir
    Path directory;

    @Test
    void theFirstRunnableChromiumOnThePathWins() throws IOException {
        Path empty = Files.createDirectory(directory.resolve("empty"));
        Path bin = Files.createDirectory(directory.resolve("bin"));
        Path chromium = executable(bin.resolve("chromium"));

        assertThat(Chromium.find(empty + File.pathSeparator + bin, directory.resolve("none"))).contains(chromium);
    }

    @Test
    void withoutOneOnThePathTheFallbackIsUsedIfItExists() throws IOException {
        Path fallback = executable(directory.resolve("chromium"));

        assertThat(Chromium.find(directory.resolve("nothing-here").toString(), fallback)).contains(fallback);
        assertThat(Chromium.find(null, directory.resolve("none"))).isEmpty();
    }

    @Test
    void aMissingBrowserSkipsTheTestsUnlessTheyAreRequired() {
        assertThatThrownBy(() -> Chromium.require(Optional.empty(), false)).isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Chromium.require(Optional.empty(), true)).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("LOGICRM_E2E_REQUIRED=true");
        assertThat(Chromium.require(Optional.of(Chromium.FALLBACK), true)).isEqualTo(Chromium.FALLBACK);
    }

    private static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }
}
