package com.logicrm.access;

import java.time.Instant;

/**
 * A search of the audit trail; every criterion is optional. Pages run backwards in time by id
 * (keyset), so deep pages cost the same as the first.
 */
public record AuditQuery(String actor, String action, String targetType, String targetId, Instant from,
        Instant to, Long beforeId, int size) {

    public AuditQuery {
        size = size <= 0 ? 50 : Math.min(size, 500);
    }

    public static AuditQuery latest(int size) {
        return new AuditQuery(null, null, null, null, null, null, null, size);
    }
}
