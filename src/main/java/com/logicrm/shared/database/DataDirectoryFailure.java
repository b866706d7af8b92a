package com.logicrm.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start refused because the data directory is taken, instead of a stack trace. */
class DataDirectoryFailure extends AbstractFailureAnalyzer<DataDirectoryInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other LogiCRM, or set LOGICRM_DATA_DIR to a directory of its own.", cause);
    }
}
