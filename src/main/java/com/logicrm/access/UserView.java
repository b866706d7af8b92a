package com.logicrm.access;

import java.time.Instant;
import java.util.List;

/** A user as administrators see and exchange it. Never carries the password. */
public record UserView(long id, String username, String displayName, long departmentId, String departmentName,
        List<String> roles, boolean enabled, boolean locked, Instant lockedUntil, Instant createdAt) {

    /** Whether too many wrong passwords keep this user out right now. */
    public boolean lockedOut() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
