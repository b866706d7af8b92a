package com.logicrm.customer;

import com.logicrm.customer.FileFormat.ContentKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Decides what a file is from its bytes, never from the name or the content type the client sent:
 * magic numbers for PDF, OLE2 (doc/xls), OOXML packages (docx/xlsx, told apart by their {@code word/}
 * or {@code xl/} parts), JPEG and PNG; for text, that the whole file decodes as UTF-8 or GB18030 and
 * holds no NUL or other control bytes; for e-mail, RFC 822 header lines on top. Every check streams
 * from the stored file, so a 20 MB upload is never held in memory.
 */
final class ContentSniffer {

    /** The outcome: the file's format and the content type to serve it with (text with its charset). */
    record Accepted(FileFormat format, String contentType) {
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** RFC 5322 field name: printable ASCII except the colon. */
    private static final Pattern HEADER = Pattern.compile("[\\x21-\\x39\\x3B-\\x7E]+:.*");
    private static final int MAX_HEADER_LINES = 500;
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private ContentSniffer() {
    }

    /**
     * The format of a file named {@code fileName} with this content, or {@link DocumentRefused} when
     * the extension is not accepted, the content is of no accepted kind, or the two disagree.
     */
    static Accepted accept(String fileName, Path file) {
        FileFormat format = FileFormat.byFileName(fileName)
                .orElseThrow(() -> new DocumentRefused("document.typeNotAllowed", fileName));
        ContentKind found = kindOf(file);
        if (found == ContentKind.UNKNOWN) {
            throw new DocumentRefused("document.typeNotAllowed", fileName);
        }
        if (!format.admits(found)) {
            throw new DocumentRefused("document.contentMismatch", fileName);
        }
        String contentType = format.isText()
                ? format.contentType() + "; charset=" + textCharset(file).name()
                : format.contentType();
        return new Accepted(format, contentType);
    }

    static ContentKind kindOf(Path file) {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8);
            }
            if (startsWith(head, PDF)) {
                return ContentKind.PDF;
            }
            if (startsWith(head, OLE2)) {
                return ContentKind.OLE2;
            }
            if (startsWith(head, JPEG)) {
                return ContentKind.JPEG;
            }
            if (startsWith(head, PNG)) {
                return ContentKind.PNG;
            }
            if (startsWith(head, ZIP)) {
                return officePackage(file);
            }
            Charset charset = textCharset(file);
            if (charset == null) {
                return ContentKind.UNKNOWN;
            }
            return hasMailHeaders(file, charset) ? ContentKind.EMAIL : ContentKind.TEXT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 if the whole content decodes as UTF-8, else GB18030 if it decodes as that, else null. */
    static Charset textCharset(Path file) {
        try {
            if (isText(file, StandardCharsets.UTF_8)) {
                return StandardCharsets.UTF_8;
            }
            return isText(file, GB18030) ? GB18030 : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isText(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        boolean any = false;
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (isControl(buffer[i])) {
                        return false;
                    }
                }
                any |= n > 0;
            }
        } catch (CharacterCodingException e) {
            return false;
        }
        return any;
    }

    /** NUL and the other C0 controls do not occur in text, except tab, line breaks, form feed, SUB and ESC. */
    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A && c != 0x1B || c == 0x7F;
    }

    /**
     * An e-mail starts with header fields ("Name: value", folded lines indented) up to the first
     * empty line, and has at least a From and one of Date, To or Subject.
     */
    private static boolean hasMailHeaders(Path file, Charset charset) throws IOException {
        Set<String> names = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (int count = 0; line != null && !line.isEmpty(); count++, line = reader.readLine()) {
                if (count >= MAX_HEADER_LINES) {
                    return false;
                }
                if (line.startsWith(" ") || line.startsWith("\t")) {
                    if (count == 0) {
                        return false;
                    }
                    continue;
                }
                if (!HEADER.matcher(line).matches()) {
                    return false;
                }
                names.add(line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT));
            }
        }
        return names.contains("from") && (names.contains("date") || names.contains("to") || names.contains("subject"));
    }

    /** A ZIP is accepted only as a Word or Excel package: it must hold word/ or xl/ parts. */
    private static ContentKind officePackage(Path file) throws IOException {
        // the central directory names the parts without inflating any of them (no zip-bomb exposure)
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int entries = 0;
            for (var all = zip.entries(); all.hasMoreElements() && entries < MAX_ZIP_ENTRIES; entries++) {
                String name = all.nextElement().getName();
                if (name.startsWith("word/")) {
                    return ContentKind.WORD_PACKAGE;
                }
                if (name.startsWith("xl/")) {
                    return ContentKind.EXCEL_PACKAGE;
                }
            }
        } catch (IOException e) {
            return ContentKind.UNKNOWN; // not a readable ZIP after all
        }
        return ContentKind.UNKNOWN;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
