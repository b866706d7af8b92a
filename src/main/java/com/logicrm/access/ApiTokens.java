package com.logicrm.access;

import com.logicrm.shared.NotFound;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Issues, lists, revokes and checks API tokens. */
@Service
public class ApiTokens {

    private static final String PREFIX = "lcrm_";
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final UserAccounts accounts;
    private final AuthenticationManager authentication;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lifetime;
    private final TransactionTemplate transaction;
    private final AccessCache cache;

    ApiTokens(ApiTokenRepository tokens, UserAccounts accounts, AuthenticationManager authentication,
            AuditTrail audit, Clock clock, @Value("${logicrm.security.token-lifetime:P30D}") Duration lifetime,
            TransactionTemplate transaction, AccessCache cache) {
        this.cache = cache;
        this.tokens = tokens;
        this.accounts = accounts;
        this.authentication = authentication;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = lifetime;
        this.transaction = transaction;
    }

    /**
     * Checks the credentials exactly as the sign-in form does (lockout and audit included) and
     * issues a token to that user. As with the form, the check runs outside any transaction of
     * ours: a refused attempt must leave its failed-attempt count, lockout and audit row behind
     * instead of rolling them back with the refused request.
     */
    public IssuedToken issue(String username, String password, String name) {
        Authentication signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        SignedInUser user = (SignedInUser) signedIn.getPrincipal();
        return transaction.execute(status -> issueTo(user, name));
    }

    /** Issues a token to somebody already signed in (from the token page). */
    @Transactional
    public IssuedToken issueTo(SignedInUser user, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        String label = name == null || name.isBlank() ? "API" : name.trim();
        ApiToken saved = tokens.save(ApiToken.issue(user.id(), label, AuditHash.sha256(token), now,
                now.plus(lifetime)));
        audit.recordFor(user.getUsername(), "API_TOKEN_ISSUED", "api_token", saved.id(), label);
        return new IssuedToken(saved.id(), token, saved.view().expiresAt());
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> of(SignedInUser user) {
        return tokens.findByUserIdOrderByCreatedAtDesc(user.id()).stream().map(ApiToken::view).toList();
    }

    /** Revokes one of the user's own tokens; somebody else's token looks the same as a missing one. */
    @Transactional
    public void revoke(SignedInUser user, long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(found -> found.userId() == user.id())
                .orElseThrow(() -> new NotFound("token.notFound", tokenId));
        if (!token.revoked()) {
            token.revoke(clock.instant());
            tokens.save(token);
            cache.forgetTokenAfterCommit(tokenId);
            audit.record("API_TOKEN_REVOKED", "api_token", tokenId, null);
        }
    }

    /**
     * The user a presented token stands for, or a {@link TokenRejected} saying why not. A token seen
     * a moment ago is answered from {@link AccessCache} without asking the database.
     */
    SignedInUser authenticate(String presented) {
        Instant now = clock.instant();
        String hash = AuditHash.sha256(presented);
        AccessCache.Hit hit = cache.find(hash, now).orElseGet(() -> transaction.execute(status -> load(hash, now)));
        if (cache.touchDue(hit.tokenId(), now)) {
            tokens.touch(hit.tokenId(), now);
        }
        return hit.user();
    }

    private AccessCache.Hit load(String hash, Instant now) {
        ApiToken token = tokens.findByTokenHash(hash).orElseThrow(() -> new TokenRejected("token.invalid"));
        if (token.revoked()) {
            throw new TokenRejected("token.revoked");
        }
        if (!token.usableAt(now)) {
            throw new TokenRejected("token.expired");
        }
        SignedInUser user = accounts.loadById(token.userId());
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            throw new TokenRejected("token.userBlocked");
        }
        cache.remember(hash, token.id(), user, token.view().expiresAt(), now);
        return new AccessCache.Hit(token.id(), user);
    }
}
