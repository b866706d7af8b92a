package com.logicrm.access;

import com.logicrm.shared.Conflict;
import com.logicrm.shared.InvalidField;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and maintaining user accounts: the admin screens and {@code /api/v1/users} both come here. */
@Service
@PreAuthorize("hasAuthority('user:manage')")
public class UserAdministration {

    private final UserRepository users;
    private final DepartmentRepository departments;
    private final RoleRepository roles;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditTrail audit;
    private final AccessCache cache;

    UserAdministration(UserRepository users, DepartmentRepository departments, RoleRepository roles,
            PasswordEncoder encoder, PasswordPolicy passwordPolicy, AuditTrail audit, AccessCache cache) {
        this.cache = cache;
        this.users = users;
        this.departments = departments;
        this.roles = roles;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UserView> all() {
        Map<Long, String> departmentNames = departmentNames();
        return users.findAll().stream()
                .sorted(Comparator.comparing(User::id))
                .map(user -> view(user, departmentNames))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        return view(find(id), departmentNames());
    }

    @Transactional
    public UserView create(NewUser command) {
        if (users.usernameTaken(command.username().trim())) {
            throw new Conflict("user.usernameTaken", command.username().trim());
        }
        requireDepartment(command.departmentId());
        requireRoles(command.roles());
        passwordPolicy.check("password", command.password());
        User user = users.save(User.create(command.username(), command.displayName(), command.departmentId(),
                command.roles(), encoder.encode(command.password()),
                command.enabled() == null || command.enabled()));
        audit.record("USER_CREATED", "user", user.id(),
                user.username() + " roles=" + user.roleCodes() + " department=" + user.departmentId());
        return get(user.id());
    }

    @Transactional
    public UserView change(long id, UserChanges changes) {
        cache.forgetAllAfterCommit();
        User user = find(id);
        requireDepartment(changes.departmentId());
        requireRoles(changes.roles());
        user.describe(changes.displayName(), changes.departmentId());
        user.assignRoles(changes.roles());
        user.enable(changes.enabled());
        user.lock(changes.locked());
        users.save(user);
        audit.record("USER_CHANGED", "user", id, user.username() + " roles=" + user.roleCodes() + " department="
                + user.departmentId() + " enabled=" + changes.enabled() + " locked=" + changes.locked());
        return get(id);
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        cache.forgetAllAfterCommit();
        User user = find(id);
        passwordPolicy.check("password", newPassword);
        user.changePassword(encoder.encode(newPassword));
        user.lock(false);
        users.save(user);
        audit.record("USER_PASSWORD_RESET", "user", id, user.username());
    }

    private User find(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFound(id));
    }

    private void requireDepartment(Long departmentId) {
        if (departmentId == null || !departments.existsById(departmentId)) {
            throw new InvalidField("departmentId", "department.unknown", departmentId);
        }
    }

    private void requireRoles(List<String> roleCodes) {
        List<String> unknown = roleCodes.stream().filter(code -> !roles.existsById(code)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidField("roles", "role.unknown", String.join(", ", unknown));
        }
    }

    private Map<Long, String> departmentNames() {
        return departments.findAll().stream().collect(Collectors.toMap(Department::id, Department::name,
                (a, b) -> a));
    }

    private static UserView view(User user, Map<Long, String> departmentNames) {
        return new UserView(user.id(), user.username(), user.displayName(), user.departmentId(),
                departmentNames.getOrDefault(user.departmentId(), ""), user.roleCodes(), user.enabled(),
                user.locked(), user.lockedUntil(), user.createdAt());
    }
}
