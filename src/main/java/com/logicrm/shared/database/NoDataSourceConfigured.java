package com.logicrm.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when nobody pointed LogiCRM at an external PostgreSQL. */
public class NoDataSourceConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DatabaseMode.of(context.getEnvironment()) == DatabaseMode.EMBEDDED;
    }
}
