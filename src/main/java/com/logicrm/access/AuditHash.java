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
    private static final String NULL = "\u0000";

    private AuditHash() {
    }

    static String of(String previousHash, Instant occurredAt, String actor, String action, String targetType,
            String targetId, String summary, String clientAddress) {
        StringBuilder content = new StringBuilder(previousHash);
        for (String field : new String[] {occurredAt.toString(), actor, action, targetType, targetId, summary,
                clientAddress}) {
            content.append(SEPARATOR).append(field == null ? NULL : field);
        }
        return sha256(content.toString());
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
