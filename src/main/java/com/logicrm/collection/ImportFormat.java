package com.logicrm.collection;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * What an uploaded file is, decided from its bytes: an .xlsx package, or text that reads as CSV. An old
 * binary .xls, any other binary file and an empty file are refused with a message saying what to do.
 */
enum ImportFormat {
    XLSX, CSV;

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static ImportFormat of(byte[] content) {
        if (content.length == 0) {
            throw ImportRefused.invalid("import.file.empty");
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return XLSX;
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            throw ImportRefused.unsupported("import.file.oldExcel");
        }
        int sample = Math.min(content.length, 64 * 1024);
        for (int i = 0; i < sample; i++) {
            byte b = content[i];
            if (b == 0 || (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C)) {
                throw ImportRefused.unsupported("import.file.notSpreadsheet");
            }
        }
        return CSV;
    }

    /**
     * The text encoding a CSV most likely has: UTF-8 when it carries the byte-order mark or decodes as
     * UTF-8 without error (GBK text almost never does), otherwise GB18030, the superset of GBK that
     * Excel on a Chinese Windows writes.
     */
    static Charset guessEncoding(byte[] content) {
        if (startsWith(content, UTF8_BOM)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GB18030;
        }
    }

    /** The encoding a person chose by name: UTF-8, GBK or GB18030 (GBK read as its superset). */
    static Charset encoding(String name) {
        return switch (name == null ? "" : name.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GBK", "GB2312", "GB18030", "CP936" -> GB18030;
            default -> throw ImportRefused.invalid("import.encoding.unknown", name);
        };
    }

    static String encodingName(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "GB18030";
    }

    static int bomLength(byte[] content, Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) && startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
