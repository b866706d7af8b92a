package com.logicrm.shared.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Whether a signed-in person holds a permission string (null means: anybody signed in). */
final class Permitted {

    private Permitted() {
    }

    static boolean to(Authentication authentication, String permission) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        return permission == null || authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(permission::equals);
    }
}
