package com.logicrm.access;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A bearer token for the API. Only its SHA-256 hash is stored; the token itself is shown once. */
@Table(schema = "access", name = "api_token")
class ApiToken {

    @Id
    private Long id;
    private Long userId;
    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;
    private Instant lastUsedAt;

    ApiToken(Long id, Long userId, String name, String tokenHash, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
        this.lastUsedAt = lastUsedAt;
    }

    static ApiToken issue(long userId, String name, String tokenHash, Instant now, Instant expiresAt) {
        return new ApiToken(null, userId, name, tokenHash, now, expiresAt, null, null);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    boolean revoked() {
        return revokedAt != null;
    }

    Long id() {
        return id;
    }

    Long userId() {
        return userId;
    }

    ApiTokenView view() {
        return new ApiTokenView(id, name, createdAt, expiresAt, revokedAt, lastUsedAt);
    }
}
