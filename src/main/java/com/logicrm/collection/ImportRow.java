package com.logicrm.collection;

import java.util.List;
import java.util.Map;

/**
 * One data row of an import file read against its mapping: the values its mapped, non-empty cells
 * hold, and each cell that could not be read. {@code cells} keeps the row's text for the report.
 */
record ImportRow(int number, Map<ImportField, Object> values, List<RowProblem> problems) {

    /** A cell or row that is wrong: the message key and its arguments, said in the report's language later. */
    record RowProblem(ImportField field, String value, String code, Object... arguments) {
    }

    String text(ImportField field) {
        Object value = values.get(field);
        return value == null ? null : value.toString();
    }
}
