package com.logicrm.bench;

import com.logicrm.LogiCrmApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** LogiCRM without a web server (or with one on a random port) on a fresh embedded database in a temporary directory, demo data off. */
final class BenchApplication implements AutoCloseable {

    private final Path dataDir;
    private final ConfigurableApplicationContext context;

    private BenchApplication(Path dataDir, ConfigurableApplicationContext context) {
        this.dataDir = dataDir;
        this.context = context;
    }

    static BenchApplication start() throws IOException {
        return start(WebApplicationType.NONE);
    }

    /** With {@code SERVLET}, the web server listens on a random port ({@link #port()}). */
    static BenchApplication start(WebApplicationType type) throws IOException {
        Path dataDir = Files.createTempDirectory("logicrm-bench-");
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String adminPassword = "b1" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        System.out.println("Data in " + dataDir);
        // Command-line arguments: they outrank application.properties (default properties would not).
        String[] arguments = {"--logicrm.data-dir=" + dataDir, "--logicrm.demo.enabled=false",
                "--logicrm.admin-password=" + adminPassword, "--logicrm.test.shared-database=false",
                "--spring.main.banner-mode=off", "--server.port=0"};
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LogiCrmApplication.class)
                .web(type)
                .run(arguments);
        return new BenchApplication(dataDir, context);
    }

    int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() throws IOException {
        context.close();
        if (!Boolean.getBoolean("bench.keep")) {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
