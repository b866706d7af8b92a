package com.logicrm.access;

import java.util.List;

/**
 * Every permission string LogiCRM knows, in the order the role screen lists them. Modules check
 * them with {@code @PreAuthorize("hasAuthority('…')")}; the label of each is {@code permission.<string>}
 * in the message files.
 */
public final class Permissions {

    public static final String USER_MANAGE = "user:manage";
    public static final String DEPARTMENT_MANAGE = "department:manage";
    public static final String ROLE_MANAGE = "role:manage";
    public static final String AUDIT_READ = "audit:read";
    public static final String SYSTEM_MONITOR = "system:monitor";

    public static final List<String> ALL = List.of(
            "customer:read", "customer:write", "customer:export", "customer:export:bulk", "customer:confidential",
            "customer:handover", "customer:pii", "customer:archive", "collection:import", "collection:filing",
            "questionnaire:manage", "shipment:read", "shipment:write", "receivable:read", "receivable:write",
            "classification:read", "classification:run", "classification:screen",
            "classification:followup", "kpi:company", "market:manage", "credit:read", "credit:evaluate",
            "credit:approve",
            "followup:read", "followup:write", "complaint:read", "complaint:write", "report:read",
            "report:distribute", "governance:approve", USER_MANAGE, DEPARTMENT_MANAGE,
            ROLE_MANAGE, AUDIT_READ, SYSTEM_MONITOR, "system:config");

    private Permissions() {
    }

    public static boolean known(String permission) {
        return ALL.contains(permission);
    }
}
