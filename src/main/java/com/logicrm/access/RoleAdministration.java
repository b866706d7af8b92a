package com.logicrm.access;

import com.logicrm.shared.Conflict;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.NotFound;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles: which permission strings they grant and how far their data scope reaches. */
@Service
public class RoleAdministration {

    private final RoleRepository roles;
    private final UserRepository users;
    private final AuditTrail audit;
    private final AccessCache cache;

    RoleAdministration(RoleRepository roles, UserRepository users, AuditTrail audit, AccessCache cache) {
        this.cache = cache;
        this.roles = roles;
        this.users = users;
        this.audit = audit;
    }

    /** Every signed-in person may read the role list: it labels users everywhere. */
    @Transactional(readOnly = true)
    public List<RoleView> all() {
        return roles.findAllByOrderByBuiltInDescCodeAsc().stream().map(Role::view).toList();
    }

    @Transactional(readOnly = true)
    public RoleView get(String code) {
        return find(code).view();
    }

    @PreAuthorize("hasAuthority('role:manage')")
    @Transactional
    public RoleView define(RoleDraft draft) {
        if (roles.existsById(draft.code())) {
            throw new Conflict("role.codeTaken", draft.code());
        }
        requireKnown(draft.permissionsOrNone());
        Role role = roles.save(Role.define(draft.code(), draft.nameZh().trim(), draft.nameEn().trim(),
                draft.dataScope(), draft.permissionsOrNone()));
        audit.record("ROLE_CREATED", "role", draft.code(), draft.dataScope() + " " + draft.permissionsOrNone());
        return role.view();
    }

    @PreAuthorize("hasAuthority('role:manage')")
    @Transactional
    public RoleView change(String code, RoleDraft draft) {
        cache.forgetAllAfterCommit();
        Role role = find(code);
        requireKnown(draft.permissionsOrNone());
        role.rename(draft.nameZh(), draft.nameEn());
        role.scope(draft.dataScope());
        role.grant(draft.permissionsOrNone());
        roles.save(role);
        audit.record("ROLE_CHANGED", "role", code, draft.dataScope() + " " + draft.permissionsOrNone());
        return role.view();
    }

    @PreAuthorize("hasAuthority('role:manage')")
    @Transactional
    public void delete(String code) {
        cache.forgetAllAfterCommit();
        Role role = find(code);
        if (role.builtIn() || users.anyoneHolds(code)) {
            throw new Conflict("role.inUse", code);
        }
        roles.delete(role);
        audit.record("ROLE_DELETED", "role", code, null);
    }

    private Role find(String code) {
        return roles.findById(code).orElseThrow(() -> new NotFound("role.notFound", code));
    }

    private static void requireKnown(List<String> permissions) {
        List<String> unknown = permissions.stream().filter(p -> !Permissions.known(p)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidField("permissions", "permission.unknown", String.join(", ", unknown));
        }
    }
}
