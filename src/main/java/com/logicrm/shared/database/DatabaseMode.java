package com.logicrm.shared.database;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Whether LogiCRM runs its own PostgreSQL or uses one it was given. */
public enum DatabaseMode {
    EMBEDDED, EXTERNAL;

    public static DatabaseMode of(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url")) ? EXTERNAL : EMBEDDED;
    }
}
