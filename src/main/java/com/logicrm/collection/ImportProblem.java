package com.logicrm.collection;

/** One line of an import's report: the row and column as the spreadsheet shows them, the value and why. */
public record ImportProblem(int row, String column, String value, String reason, boolean duplicate) {
}
