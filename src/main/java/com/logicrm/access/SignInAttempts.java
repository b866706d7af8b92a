package com.logicrm.access;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts wrong passwords towards a lockout, and writes every sign-in attempt to the audit trail. */
@Component
class SignInAttempts {

    static final String SIGN_IN = "SIGN_IN";
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

    private final UserRepository users;
    private final LockoutPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessCache tokens;

    SignInAttempts(UserRepository users, LockoutPolicy policy, AuditTrail audit, Clock clock, AccessCache tokens) {
        this.tokens = tokens;
        this.users = users;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.resetFailedAttempts(username);
        audit.recordFor(username, SIGN_IN, "user", username, null);
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String reason = event.getException().getClass().getSimpleName();
        if (event.getException() instanceof BadCredentialsException) {
            users.countFailedAttempt(username).flatMap(failures -> policy.lockedUntil(failures, clock.instant()))
                    .ifPresent(until -> {
                        users.lockOutUntil(username, until);
                        // the account's tokens stop with it, not when this instance's cache next forgets
                        tokens.forgetAllAfterCommit();
                        audit.recordFor(username, "USER_LOCKED_OUT", "user", username, "locked until " + until);
                    });
        }
        audit.recordFor(username, SIGN_IN_FAILED, "user", username, reason);
    }
}
