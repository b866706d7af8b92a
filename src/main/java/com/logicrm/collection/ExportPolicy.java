package com.logicrm.collection;

/**
 * When a list export needs {@code customer:export:bulk}: above a row count (a list that large is the
 * customer base, not a working list) or when it holds a confidential customer. The count is taken no
 * further than one row past the threshold, so deciding never counts the whole archive.
 */
record ExportPolicy(int bulkThreshold) {

    static final String BULK = "customer:export:bulk";

    ExportPolicy {
        if (bulkThreshold < 1) {
            throw new IllegalArgumentException("logicrm.export.bulk-threshold must be at least 1");
        }
    }

    /** How far to count: one past the threshold tells "above" from "at". */
    int countCap() {
        return bulkThreshold + 1;
    }

    boolean needsBulkRight(int rowsCountedUpToCap, boolean includesConfidential) {
        return rowsCountedUpToCap > bulkThreshold || includesConfidential;
    }
}
