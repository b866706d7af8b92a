package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class DocumentStoreTests {

    @TempDir
    Path dir;

    DocumentStore store(String maxFileSize) {
        return new DocumentStore(new MockEnvironment().withProperty(DocumentStore.PROPERTY, dir.toString())
                .withProperty("spring.servlet.multipart.max-file-size", maxFileSize));
    }

    @Test
    void keepsIdenticalContentOncePerCustomerUnderItsDigest() throws IOException {
        DocumentStore store = store("20MB");
        byte[] content = "电话沟通记录".getBytes(StandardCharsets.UTF_8);

        DocumentStore.Staged first = store.stage(7, new ByteArrayInputStream(content));
        assertThat(first.size()).isEqualTo(content.length);
        assertThat(first.sha256()).hasSize(64).matches("[0-9a-f]+");
        String key = store.keep(first);
        String again = store.keep(store.stage(7, new ByteArrayInputStream(content)));
        String otherCustomer = store.keep(store.stage(8, new ByteArrayInputStream(content)));

        assertThat(key).isEqualTo("7/" + first.sha256()).isEqualTo(again);
        assertThat(otherCustomer).isEqualTo("8/" + first.sha256());
        assertThat(Files.readAllBytes(store.resolve(key))).isEqualTo(content);
        assertThat(files(dir.resolve("7"))).isEqualTo(1);
        assertThat(files(dir.resolve(".incoming"))).as("no temporary file left").isZero();
    }

    @Test
    void refusesContentOverTheLimitWhileStreamingAndLeavesNothingBehind() throws IOException {
        DocumentStore store = store("1KB");
        assertThat(store.maxBytes()).isEqualTo(1024);

        assertThatThrownBy(() -> store.stage(7, new ByteArrayInputStream(new byte[1025])))
                .isInstanceOf(DocumentTooLarge.class);
        assertThat(files(dir.resolve(".incoming"))).isZero();
        assertThat(store.stage(7, new ByteArrayInputStream(new byte[1024])).size()).isEqualTo(1024);
    }

    @Test
    void storageKeysAreNeverPathsFromOutside() {
        DocumentStore store = store("20MB");
        assertThatThrownBy(() -> store.resolve("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.resolve("7/../8/" + "a".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.resolve("7/" + "a".repeat(64))).startsWithRaw(dir.toAbsolutePath().normalize());
    }

    @Test
    void abandonedPartialUploadsAreSweptYoungOnesKept() throws IOException {
        DocumentStore store = store("20MB");
        Path incoming = Files.createDirectories(dir.resolve(".incoming"));
        Path old = Files.writeString(incoming.resolve("7-1.part"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path young = Files.writeString(incoming.resolve("7-2.part"), "half");

        store.sweepIncoming();

        assertThat(old).doesNotExist();
        assertThat(young).exists();
    }

    private static long files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
