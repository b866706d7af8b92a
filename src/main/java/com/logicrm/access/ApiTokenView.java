package com.logicrm.access;

import java.time.Instant;

/** A token as its owner sees it in the list: never the token itself. */
public record ApiTokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
        Instant lastUsedAt) {
}
