package com.logicrm.access;

/** A user as other modules need to know them: who, and in which department. */
public record Person(long id, String username, String displayName, long departmentId, String departmentName,
        boolean enabled) {
}
