package com.logicrm.access;

import org.springframework.data.relational.core.mapping.Table;

/** A role held by a user: part of the user aggregate. */
@Table(schema = "access", name = "user_role")
record RoleAssignment(String roleCode) {
}
