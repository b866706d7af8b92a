package com.logicrm.shared.database;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Whether LogiCRM runs its own PostgreSQL or uses one it was given. */
public enum DatabaseMode {
    EMBEDDED, EXTERNAL;

    public static DatabaseMode of(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url")) ? EXTERNAL : EMBEDDED;
    }

    /** Demo data and accounts: {@code logicrm.demo.enabled}, by default on with the embedded database only. */
    public static boolean demoEnabled(Environment environment) {
        return environment.getProperty("logicrm.demo.enabled", Boolean.class, of(environment) == EMBEDDED);
    }
}
