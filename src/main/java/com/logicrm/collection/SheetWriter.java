package com.logicrm.collection;

import java.io.IOException;
import java.util.List;

/**
 * Writes one table row by row, never holding more than a small window of rows in memory. Every cell
 * is written as text or a number, never as a formula: a value that looks like one ({@code =HYPERLINK(…)})
 * stays inert text when the file is opened.
 */
interface SheetWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    /** Where the file says who produced it, when, and from what ({@code label → value}). */
    void provenance(List<List<String>> lines) throws IOException;

    @Override
    void close() throws IOException;
}
