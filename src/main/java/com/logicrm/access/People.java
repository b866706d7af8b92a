package com.logicrm.access;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Look-ups of users for other modules (owners of customers, assignees of tasks). Read-only, and
 * open to every signed-in person: names and departments label records everywhere.
 */
@Service
public class People {

    private final UserRepository users;
    private final DepartmentRepository departments;
    private final JdbcClient jdbc;
    private final AccessCache cache;
    private final Clock clock;

    People(UserRepository users, DepartmentRepository departments, JdbcClient jdbc, AccessCache cache, Clock clock) {
        this.users = users;
        this.departments = departments;
        this.jdbc = jdbc;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * One user with their department's name. A customer card asks this on every view, so it is
     * answered from {@link AccessCache} for a few seconds, else by one query (needing no transaction).
     */
    public Optional<Person> find(long userId) {
        return cache.person(userId, clock.instant(), this::load);
    }

    private Optional<Person> load(long userId) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.department_id, coalesce(d.name, '') as department,
                            u.enabled
                        from access.app_user u left join access.department d on d.id = u.department_id
                        where u.id = ?""")
                .param(userId)
                .query((row, number) -> new Person(row.getLong("id"), row.getString("username"),
                        row.getString("display_name"), row.getLong("department_id"), row.getString("department"),
                        row.getBoolean("enabled")))
                .optional();
    }

    /**
     * The display names of these users in one query, for labelling a page of records (a look-up per
     * row would cost three queries each). Unknown ids are simply absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        if (!userIds.isEmpty()) {
            jdbc.sql("select id, display_name from access.app_user where id in (:ids)").param("ids", userIds)
                    .query((RowCallbackHandler) row -> names.put(row.getLong("id"), row.getString("display_name")));
        }
        return names;
    }

    /** Everyone who can sign in, by name; for owner and assignee choices. */
    @Transactional(readOnly = true)
    public List<Person> active() {
        Map<Long, String> names = departmentNames();
        return users.findAll().stream()
                .filter(User::enabled)
                .map(user -> person(user, names))
                .sorted(Comparator.comparing(Person::departmentName).thenComparing(Person::displayName))
                .toList();
    }

    /** Everyone, also those who can no longer sign in: a person who left still owns their records until handed over. */
    @Transactional(readOnly = true)
    public List<Person> everyone() {
        Map<Long, String> names = departmentNames();
        return users.findAll().stream()
                .map(user -> person(user, names))
                .sorted(Comparator.comparing(Person::departmentName).thenComparing(Person::displayName))
                .toList();
    }

    private Map<Long, String> departmentNames() {
        return departments.findAll().stream().collect(Collectors.toMap(Department::id, Department::name));
    }

    private static Person person(User user, Map<Long, String> departmentNames) {
        return new Person(user.id(), user.username(), user.displayName(), user.departmentId(),
                departmentNames.getOrDefault(user.departmentId(), ""), user.enabled());
    }
}
