package com.logicrm.realdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a published data set's CSV file row by row (RFC 4180: quoted fields, doubled quotes, line
 * breaks inside quotes; a leading byte-order mark is skipped), each row seen through its header, so a
 * file of half a million lines never sits in memory.
 */
final class CsvFile {

    /** One row, its cells looked up by the header's column names. */
    static final class Row {
        private final Map<String, Integer> columns;
        private final List<String> cells;
        private final long number;

        private Row(Map<String, Integer> columns, List<String> cells, long number) {
            this.columns = columns;
            this.cells = cells;
            this.number = number;
        }

        /** The cell of {@code column}, stripped; null when empty or missing. */
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            String cell = index < cells.size() ? cells.get(index).strip() : "";
            return cell.isEmpty() ? null : cell;
        }

        /** The line number of the row's start in the file, the header being line 1. */
        long number() {
            return number;
        }
    }

    private CsvFile() {
    }

    /** Hands every row after the header to {@code each}; refuses a file without the columns asked for. */
    static void each(Path file, List<String> required, Consumer<Row> each) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            List<String> header = next(reader);
            if (header == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip(), i);
            }
            List<String> missing = required.stream().filter(column -> !columns.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(file + " lacks the columns " + missing);
            }
            long[] line = {2};
            List<String> cells;
            while ((cells = next(reader)) != null) {
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                each.accept(new Row(columns, cells, line[0]++));
            }
        } catch (NoSuchFileException missing) {
            throw new IllegalArgumentException("no file " + file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The cells of the next record, or null at the end of the file. */
    private static List<String> next(Reader reader) throws IOException {
        int c = reader.read();
        if (c == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while (c != -1) {
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int after = reader.read();
                    if (after == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (after == -1) {
                            break;
                        }
                        reader.reset();
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                cell.append((char) c);
            }
            c = reader.read();
        }
        cells.add(cell.toString());
        return cells;
    }

    /** {@code value} as one CSV cell: quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
