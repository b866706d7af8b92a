package com.logicrm.support;

import com.logicrm.shared.database.DataDirectory;
import com.logicrm.shared.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL per test JVM, shared by every Spring context the tests start. Registered in
 * {@code META-INF/spring.factories}, so each {@code @SpringBootTest} points at it as if it were an
 * external database, with demo data switched on and uploaded documents in a temporary directory. A test that wants the product's own embedded mode
 * sets {@code logicrm.test.shared-database=false}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedDatabase database;
    private static Path documents;

    public static synchronized EmbeddedDatabase get() {
        if (database == null) {
            try {
                Path directory = Files.createTempDirectory("logicrm-test-db");
                database = EmbeddedDatabase.start(new DataDirectory(directory));
                Runtime.getRuntime().addShutdownHook(new Thread(database::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!environment.getProperty("logicrm.test.shared-database", Boolean.class, true)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("logicrm-test-database", Map.of(
                "spring.datasource.url", get().jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "logicrm.demo.enabled", "true",
                "logicrm.documents.dir", documents().toString(),
                // up to a few dozen cached contexts share the one server: each keeps one idle connection,
                // not twenty, so that together they stay well under its max_connections
                "spring.datasource.hikari.maximum-pool-size", "8",
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000")));
    }

    /** Uploaded files of the tests go to a temporary directory, never into the working tree's ./data. */
    public static synchronized Path documents() {
        if (documents == null) {
            try {
                documents = Files.createTempDirectory("logicrm-test-documents");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }
}
