package com.logicrm.customer;

import com.logicrm.shared.database.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The files behind the documents: {@code <documents dir>/<customer id>/<sha256>}, so identical content
 * is kept once per customer and no part of a path ever comes from the user. An upload is streamed
 * into a temporary file in {@code .incoming} (same file system) while its SHA-256 is computed, checked,
 * and then moved into place atomically: a reader never sees half a file.
 */
@Component
class DocumentStore {

    static final String PROPERTY = "logicrm.documents.dir";
    private static final String INCOMING = ".incoming";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final Path root;
    private final long maxBytes;

    DocumentStore(Environment environment) {
        String configured = environment.getProperty(PROPERTY);
        this.root = (configured == null || configured.isBlank()
                ? DataDirectory.from(environment).root().resolve("documents")
                : Path.of(configured)).toAbsolutePath().normalize();
        // one limit for the servlet container and the store, so they cannot disagree
        this.maxBytes = DataSize.parse(environment.getProperty("spring.servlet.multipart.max-file-size", "20MB")
                .strip()).toBytes();
    }

    /** A file received but not yet accepted: its temporary place, digest and size. */
    record Staged(long customerId, Path file, String sha256, long size) {
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Streams the content into a temporary file; refuses it with 413 once it passes the limit. */
    Staged stage(long customerId, InputStream content) {
        Path incoming = root.resolve(INCOMING);
        Path temporary = null;
        try {
            Files.createDirectories(incoming);
            temporary = Files.createTempFile(incoming, customerId + "-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    size += n;
                    if (size > maxBytes) {
                        throw new DocumentTooLarge(maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new Staged(customerId, temporary, HexFormat.of().formatHex(sha256.digest()), size);
        } catch (IOException e) {
            discard(temporary);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(temporary);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            discard(temporary);
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Moves an accepted file into place and returns its storage key; identical content is already there. */
    String keep(Staged staged) {
        String key = staged.customerId() + "/" + staged.sha256();
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                discard(staged.file());
            } else {
                Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void discard(Staged staged) {
        discard(staged.file());
    }

    /** Whether the key names a stored file of this customer. */
    boolean isKept(long customerId, String storageKey) {
        return storageKey != null && storageKey.startsWith(customerId + "/") && Files.isRegularFile(resolve(storageKey));
    }

    Path resolve(String storageKey) {
        Path file = root.resolve(storageKey).normalize();
        if (!file.startsWith(root) || !storageKey.matches("\\d+/[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        return file;
    }

    Path root() {
        return root;
    }

    /**
     * Removes parts left in {@code .incoming} by a crash or a killed upload. Only those untouched for an
     * hour: another instance sharing the directory may be writing a young one right now.
     */
    @EventListener(ApplicationReadyEvent.class)
    void sweepIncoming() {
        Path incoming = root.resolve(INCOMING);
        if (!Files.isDirectory(incoming)) {
            return;
        }
        Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
        try (Stream<Path> parts = Files.list(incoming)) {
            long swept = parts.filter(part -> part.getFileName().toString().endsWith(".part"))
                    .filter(part -> lastModified(part).isBefore(cutoff))
                    .peek(DocumentStore::discard)
                    .count();
            if (swept > 0) {
                log.info("Removed {} abandoned partial upload(s) from {}", swept, incoming);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not sweep {}: {}", incoming, e.getMessage());
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now(); // vanished or unreadable: leave it alone
        }
    }

    private static void discard(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
