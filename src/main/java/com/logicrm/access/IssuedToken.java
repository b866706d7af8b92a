package com.logicrm.access;

import java.time.Instant;

/** A freshly issued token: the only moment the token text exists outside the caller's hands. */
public record IssuedToken(long id, String token, Instant expiresAt) {
}
