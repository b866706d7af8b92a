package com.logicrm.access;

import org.springframework.data.relational.core.mapping.Table;

/** A permission string granted by a role: part of the role aggregate. */
@Table(schema = "access", name = "role_permission")
record RolePermission(String permission) {
}
