package com.logicrm.access;

import java.time.Instant;

/** One row of the audit trail as it is read back. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType,
        String targetId, String summary, String clientAddress, String previousHash, String hash) {
}
