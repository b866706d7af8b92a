package com.logicrm.collection;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The response headers of an .xlsx download: its type, its name (also in UTF-8), never cached. */
public final class XlsxDownload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxDownload() {
    }

    public static Map<String, String> headers(String fileName) {
        return Map.of(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE,
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString(),
                HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
