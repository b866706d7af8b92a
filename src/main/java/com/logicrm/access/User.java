package com.logicrm.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in. Guards its own state: a user always has a department and at least one
 * role; only a hash of the password is ever held.
 */
@Table(schema = "access", name = "app_user")
class User {

    @Id
    private Long id;
    private String username;
    private String displayName;
    private Long departmentId;
    private String passwordHash;
    private boolean enabled;
    private boolean locked;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant createdAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "user_id")
    private Set<RoleAssignment> roles;

    User(Long id, String username, String displayName, Long departmentId, String passwordHash, boolean enabled,
            boolean locked, int failedAttempts, Instant lockedUntil, Instant createdAt, Integer version,
            Set<RoleAssignment> roles) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.departmentId = departmentId;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.version = version;
        this.roles = roles;
    }

    static User create(String username, String displayName, long departmentId, Collection<String> roleCodes,
            String passwordHash, boolean enabled) {
        User user = new User(null, username.trim(), displayName.trim(), departmentId, passwordHash, enabled, false,
                0, null, Instant.now(), null, Set.of());
        user.assignRoles(roleCodes);
        return user;
    }

    void assignRoles(Collection<String> roleCodes) {
        if (roleCodes == null || roleCodes.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        this.roles = roleCodes.stream().map(RoleAssignment::new).collect(Collectors.toSet());
    }

    void describe(String newDisplayName, long newDepartmentId) {
        this.displayName = newDisplayName.trim();
        this.departmentId = newDepartmentId;
    }

    void enable(boolean enable) {
        this.enabled = enable;
    }

    /** An administrator's lock stays until an administrator lifts it; lifting it also ends a lockout. */
    void lock(boolean lock) {
        this.locked = lock;
        if (!lock) {
            this.failedAttempts = 0;
            this.lockedUntil = null;
        }
    }

    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    boolean lockedOut(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    List<String> roleCodes() {
        return roles.stream().map(RoleAssignment::roleCode).sorted().toList();
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    Long departmentId() {
        return departmentId;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean locked() {
        return locked;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    Instant createdAt() {
        return createdAt;
    }
}
