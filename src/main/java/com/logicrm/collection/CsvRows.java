package com.logicrm.collection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 and Excel write it: fields separated by commas (or tabs, when the header line has
 * more tabs than commas), quoted fields may hold separators, quotes doubled and line breaks; CRLF or LF.
 * A physical line is not a row: the row number reported is the first line of the record.
 */
final class CsvRows implements SheetRows {

    private final byte[] content;
    private final Charset encoding;

    CsvRows(byte[] content, Charset encoding) {
        this.content = content;
        this.encoding = encoding;
    }

    @Override
    public void read(RowHandler handler) {
        int skip = ImportFormat.bomLength(content, encoding);
        try (Reader reader = new InputStreamReader(
                new ByteArrayInputStream(content, skip, content.length - skip), encoding)) {
            parse(reader, separator(), handler);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Line ends less the header's; quoted line breaks make it an overestimate, which progress can bear. */
    @Override
    public long estimatedRows() {
        long lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        if (content.length > 0 && content[content.length - 1] != '\n') {
            lines++;
        }
        return Math.max(0, lines - 1);
    }

    private char separator() {
        int tabs = 0;
        int commas = 0;
        for (int i = 0; i < content.length && content[i] != '\n'; i++) {
            if (content[i] == '\t') {
                tabs++;
            } else if (content[i] == ',') {
                commas++;
            }
        }
        return tabs > commas ? '\t' : ',';
    }

    private static void parse(Reader in, char separator, RowHandler handler) throws IOException {
        java.io.BufferedReader reader = new java.io.BufferedReader(in, 64 * 1024);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int rowStart = 1;
        int c;
        while ((c = reader.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
                continue;
            }
            if (ch == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                if (any || !cell.isEmpty()) {
                    cells.add(cell.toString());
                    if (!handler.row(rowStart, List.copyOf(cells))) {
                        return;
                    }
                }
                cells.clear();
                cell.setLength(0);
                any = false;
                line++;
                rowStart = line;
            } else {
                cell.append(ch);
                any = true;
            }
        }
        if (any || !cell.isEmpty()) {
            cells.add(cell.toString());
            handler.row(rowStart, List.copyOf(cells));
        }
    }
}
