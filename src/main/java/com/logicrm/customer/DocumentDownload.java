package com.logicrm.customer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** A document ready to be sent: its catalogue entry and the file holding its bytes. */
public record DocumentDownload(CustomerDocument document, Path file) {

    /**
     * {@code Content-Disposition} with the original name: an ASCII stand-in in {@code filename} for old
     * clients and the exact UTF-8 name in {@code filename*} (RFC 5987/6266), which browsers prefer.
     */
    public String contentDisposition(boolean inline) {
        String name = document.originalName();
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Content type, length, disposition (inline only when previewable) and a private, uncached response. */
    public HttpHeaders headers(boolean inline) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(document.contentType()));
        headers.setContentLength(document.size());
        headers.set(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(inline && previewable()));
        headers.setCacheControl("private, no-store");
        headers.setETag("\"" + document.sha256() + "\"");
        return headers;
    }

    public boolean previewable() {
        return document.previewable();
    }
}
