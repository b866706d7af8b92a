package com.logicrm.access;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    People(UserRepository users, DepartmentRepository departments) {
        this.users = users;
        this.departments = departments;
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(long userId) {
        return users.findById(userId).map(user -> person(user, departmentNames()));
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
