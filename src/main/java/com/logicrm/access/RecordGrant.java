package com.logicrm.access;

import java.time.Instant;

/** One user's time-limited access to one confidential record. */
public record RecordGrant(long id, long userId, String userName, String targetType, long targetId, Instant validFrom,
        Instant validUntil, String reason, String grantedBy, Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && !validFrom.isAfter(now) && validUntil.isAfter(now);
    }
}
