package com.logicrm.shared.database;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/** Where LogiCRM keeps what it stores on disk: {@code ./data} unless {@code LOGICRM_DATA_DIR} says otherwise. */
public record DataDirectory(Path root) {

    public static final String PROPERTY = "logicrm.data-dir";

    public static DataDirectory from(Environment environment) {
        return new DataDirectory(Path.of(environment.getProperty(PROPERTY, "./data")).toAbsolutePath().normalize());
    }

    public Path postgres() {
        return root.resolve("postgres");
    }

    public Path lockFile() {
        return root.resolve("logicrm.lock");
    }
}
