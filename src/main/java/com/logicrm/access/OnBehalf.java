package com.logicrm.access;

import java.util.function.Consumer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs background work as the person who asked for it, with their permissions and data scope as they
 * are when the work starts — a right taken away while a job waited is gone for the job too — and
 * with their name on every audit row it writes.
 */
@Component
public class OnBehalf {

    private final UserAccounts accounts;

    OnBehalf(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public void run(String username, Consumer<SignedInUser> work) {
        SignedInUser user = accounts.loadUserByUsername(username);
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            throw new org.springframework.security.access.AccessDeniedException("account disabled");
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.accept(user);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
