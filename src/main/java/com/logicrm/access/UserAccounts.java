package com.logicrm.access;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a stored user into the {@link SignedInUser} that travels with each request: permissions
 * and data scope are resolved once, at sign-in (or per API call for bearer tokens).
 */
@Component
class UserAccounts implements UserDetailsService {

    private final UserRepository users;
    private final RoleRepository roles;
    private final DepartmentRepository departments;
    private final Clock clock;

    UserAccounts(UserRepository users, RoleRepository roles, DepartmentRepository departments, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        User user = users.findByUsernameIgnoringCase(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return signedIn(user);
    }

    @Transactional(readOnly = true)
    SignedInUser loadById(long id) {
        return users.findById(id).map(this::signedIn).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    private SignedInUser signedIn(User user) {
        List<Role> held = roles.findAllById(user.roleCodes());
        Set<String> permissions = held.stream()
                .flatMap(role -> role.view().permissions().stream())
                .collect(Collectors.toSet());
        DataScope.Kind kind = DataScope.Kind.widest(held.stream().map(role -> role.view().dataScope()).toList());
        String departmentName = departments.findById(user.departmentId()).map(Department::name).orElse("");
        return new SignedInUser(user.id(), user.username(), user.displayName(), user.departmentId(), departmentName,
                user.roleCodes(), permissions, scope(kind, user), user.enabled(),
                !user.locked() && !user.lockedOut(clock.instant()), user.passwordHash());
    }

    private DataScope scope(DataScope.Kind kind, User user) {
        Collection<Long> reach = switch (kind) {
            case OWN, ALL -> List.of();
            case DEPARTMENT -> List.of(user.departmentId());
            case DEPARTMENT_AND_CHILDREN -> departments.subtreeIds(user.departmentId());
        };
        return new DataScope(kind, user.id(), Set.copyOf(reach));
    }
}
