package com.logicrm.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the archive accepts, each with its extensions, the content it must have and the
 * content type it is served with. Anything else — executables, archives, scripts, HTML — is refused.
 */
enum FileFormat {
    PDF("application/pdf", ContentKind.PDF, "pdf"),
    DOC("application/msword", ContentKind.OLE2, "doc"),
    XLS("application/vnd.ms-excel", ContentKind.OLE2, "xls"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ContentKind.WORD_PACKAGE, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ContentKind.EXCEL_PACKAGE, "xlsx"),
    JPEG("image/jpeg", ContentKind.JPEG, "jpg", "jpeg"),
    PNG("image/png", ContentKind.PNG, "png"),
    TEXT("text/plain", ContentKind.TEXT, "txt"),
    EMAIL("message/rfc822", ContentKind.EMAIL, "eml");

    /** What the bytes of a file turn out to be, whatever its name says. */
    enum ContentKind { PDF, OLE2, WORD_PACKAGE, EXCEL_PACKAGE, JPEG, PNG, TEXT, EMAIL, UNKNOWN }

    private final String contentType;
    private final ContentKind content;
    private final String[] extensions;

    FileFormat(String contentType, ContentKind content, String... extensions) {
        this.contentType = contentType;
        this.content = content;
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    /** A saved e-mail is text too, so a .txt may hold one; the other way round it may not. */
    boolean admits(ContentKind found) {
        return found == content || this == TEXT && found == ContentKind.EMAIL;
    }

    boolean isText() {
        return content == ContentKind.TEXT || content == ContentKind.EMAIL;
    }

    static Optional<FileFormat> byFileName(String fileName) {
        String extension = extensionOf(fileName);
        return Arrays.stream(values())
                .filter(format -> Arrays.asList(format.extensions).contains(extension))
                .findFirst();
    }

    static String extensionOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
