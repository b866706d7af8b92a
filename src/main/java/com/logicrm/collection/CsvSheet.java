package com.logicrm.collection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, which is what makes Excel on a Chinese Windows open
 * UTF-8 instead of guessing GBK. Cells that a spreadsheet would evaluate ({@code = + - @}, tab, CR at
 * the start) get a leading apostrophe, the usual defence against formula injection.
 */
final class CsvSheet implements SheetWriter {

    private final Writer out;

    CsvSheet(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        out.write('\uFEFF');
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells.get(i);
            if (cell != null) {
                out.write(quoted(cell instanceof Number ? cell.toString() : Cells.inert(cell.toString())));
            }
        }
        out.write("\r\n");
    }

    /** CSV has no place for properties: the provenance lines follow the table after an empty line. */
    @Override
    public void provenance(List<List<String>> lines) throws IOException {
        out.write("\r\n");
        for (List<String> line : lines) {
            row(line);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private static String quoted(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
