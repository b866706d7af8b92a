package com.logicrm.collection;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The response headers of every file the collection module hands out: its type, its name (also in UTF-8), never cached. */
public final class Downloads {

    private Downloads() {
    }

    public static Map<String, String> headers(String fileName, ExportFormat format) {
        return Map.of(HttpHeaders.CONTENT_TYPE, format.contentType(),
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString(),
                HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    /** An .xlsx download: the import template and report. */
    public static Map<String, String> xlsx(String fileName) {
        return headers(fileName, ExportFormat.XLSX);
    }
}
