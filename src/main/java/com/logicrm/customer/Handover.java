package com.logicrm.customer;

import java.time.Instant;

/** One recorded handover (ARC-13): all current customers of one person given to another. */
public record Handover(long id, long fromUserId, String fromName, long toUserId, String toName, String reason,
        String handedBy, Instant handedAt, int customerCount) {
}
