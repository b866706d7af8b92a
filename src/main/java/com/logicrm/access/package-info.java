/**
 * Who may do what, and the record of what they did: departments, users, roles with permission
 * strings and data scopes, sign-in and API tokens, and the hash-chained audit trail that every
 * module writes to.
 */
@ApplicationModule(displayName = "Access", allowedDependencies = "shared")
package com.logicrm.access;

import org.springframework.modulith.ApplicationModule;
