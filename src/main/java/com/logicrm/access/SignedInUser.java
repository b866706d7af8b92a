package com.logicrm.access;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, as other modules see them: identity, department, roles,
 * permission strings and data scope. Obtain it with {@code @AuthenticationPrincipal SignedInUser}.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final long departmentId;
    private final String departmentName;
    private final List<String> roles;
    private final Set<String> permissions;
    private final DataScope dataScope;
    private final boolean enabled;
    private final boolean accountNonLocked;
    private String passwordHash;
    /** Made once rather than for every API call that authenticates with this user's cached token; not serialised. */
    private transient volatile List<GrantedAuthority> authorities;

    SignedInUser(long id, String username, String displayName, long departmentId, String departmentName,
            List<String> roles, Set<String> permissions, DataScope dataScope, boolean enabled,
            boolean accountNonLocked, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.departmentId = departmentId;
        this.departmentName = departmentName;
        this.roles = List.copyOf(roles);
        this.permissions = Set.copyOf(permissions);
        this.dataScope = dataScope;
        this.enabled = enabled;
        this.accountNonLocked = accountNonLocked;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public long departmentId() {
        return departmentId;
    }

    public String departmentName() {
        return departmentName;
    }

    public List<String> roles() {
        return roles;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public DataScope dataScope() {
        return dataScope;
    }

    public boolean holds(String permission) {
        return permissions.contains(permission);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> made = authorities;
        if (made == null) {
            made = Stream.concat(permissions.stream(), roles.stream().map(role -> "ROLE_" + role))
                    .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                    .toList();
            authorities = made;
        }
        return made;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + "]";
    }
}
