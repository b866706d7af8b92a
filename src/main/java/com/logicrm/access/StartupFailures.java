package com.logicrm.access;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start refused for lack of an administrator, instead of a stack trace. */
class StartupFailures extends AbstractFailureAnalyzer<NoAdministrator> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoAdministrator cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set LOGICRM_ADMIN_PASSWORD to create the administrator 'admin' on this start, "
                        + "or run with the embedded database to get the demo accounts.", cause);
    }
}
