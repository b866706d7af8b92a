package com.logicrm.collection;

import java.util.List;

/** Reads the rows of an uploaded sheet one at a time, never the whole sheet into memory. */
interface SheetRows {

    /** Receives each row: its 1-based number as the spreadsheet program shows it, and its cells' text. */
    @FunctionalInterface
    interface RowHandler {
        /** Returns false to stop reading. */
        boolean row(int number, List<String> cells);
    }

    void read(RowHandler handler);

    /** How many data rows the sheet has, worked out cheaply and possibly a little off: for progress only. */
    long estimatedRows();

    static SheetRows of(byte[] content, ImportFormat format, java.nio.charset.Charset encoding) {
        return format == ImportFormat.XLSX ? new XlsxRows(content) : new CsvRows(content, encoding);
    }
}
