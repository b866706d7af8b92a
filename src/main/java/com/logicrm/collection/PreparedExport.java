package com.logicrm.collection;

import com.logicrm.customer.CustomerQuery;
import java.time.Instant;
import java.util.Map;

/**
 * An export that passed its checks, ready to be written: what it selects, in which format, its file
 * name, and when it was asked for (the time the file states).
 */
public record PreparedExport(CustomerQuery query, ExportFormat format, String fileName, Instant requestedAt) {

    /** The response headers of the download: its type, its name (also in UTF-8), never cached. */
    public Map<String, String> headers() {
        return Downloads.headers(fileName, format);
    }
}
