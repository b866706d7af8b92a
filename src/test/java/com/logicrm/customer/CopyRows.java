package com.logicrm.customer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY … FROM STDIN} in PostgreSQL's text format, fed a field at a time. Rows are
 * collected in a buffer and sent in chunks of about a third of a megabyte, so a million rows never
 * sit in memory at once.
 */
final class CopyRows implements AutoCloseable {

    private static final int FLUSH_CHARS = (1 << 20) / 3;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 16_384);
    private boolean rowStarted;
    private long rows;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    static CopyRows into(Connection connection, String table, String columns) throws SQLException {
        return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin"));
    }

    /** The next field of the current row; {@code null} is SQL null. */
    CopyRows field(Object value) {
        if (rowStarted) {
            buffer.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(ch);
            }
        }
        return this;
    }

    /** A {@code text[]} field, e.g. search grams: every element quoted, as array input requires. */
    CopyRows array(Collection<String> elements) {
        StringBuilder array = new StringBuilder("{");
        for (String element : elements) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append('"').append(element.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return field(array.append('}').toString());
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        rowStarted = false;
        rows++;
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; returns the number of rows. */
    long finish() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** Cancels a COPY that did not finish, so the connection can be used (and returned) again. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
