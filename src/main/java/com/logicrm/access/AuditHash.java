package com.logicrm.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How an audit row is sealed: SHA-256 over the previous row's hash and every field of this row.
 * Changing any stored field, or removing a row, breaks the chain from that point on.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';
    private static final char NULL_CHAR = '\u0000';
    private static final String NULL = String.valueOf(NULL_CHAR);
    private static final char ESCAPE = '\u001b';

    private AuditHash() {
    }

    static String of(String previousHash, Instant occurredAt, String actor, String action, String targetType,
            String targetId, String summary, String clientAddress) {
        StringBuilder content = new StringBuilder(escaped(previousHash));
        for (String field : new String[] {occurredAt.toString(), actor, action, targetType, targetId, summary,
                clientAddress}) {
            content.append(SEPARATOR).append(field == null ? NULL : escaped(field));
        }
        return sha256(content.toString());
    }

    /**
     * A value with the separator, the null marker or the escape character itself prefixed by the
     * escape character, so text can never pose as a field boundary or as a missing value (moving text
     * from one field into the next must break the chain). Values without those control characters,
     * that is all ordinary text, are hashed unchanged, as they always were.
     */
    private static String escaped(String value) {
        if (value.indexOf(SEPARATOR) < 0 && value.indexOf(NULL_CHAR) < 0 && value.indexOf(ESCAPE) < 0) {
            return value;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            if (c == SEPARATOR || c == NULL_CHAR || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
