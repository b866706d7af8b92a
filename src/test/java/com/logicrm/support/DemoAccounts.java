package com.logicrm.support;

import java.util.Map;

/** The demo users created on a fresh database, one per role (password {@link #PASSWORD}). */
public final class DemoAccounts {

    public static final String PASSWORD = "logicrm2026";

    /** username → role code */
    public static final Map<String, String> BY_ROLE_USER = Map.of(
            "admin", "SYSTEM_ADMIN",
            "gm", "GENERAL_MANAGER",
            "supervisor", "INFO_SUPERVISOR",
            "finance", "FINANCE",
            "servicemgr", "SERVICE_MANAGER",
            "manager", "ACCOUNT_MANAGER",
            "sales", "SALES_ADMIN",
            "service", "CUSTOMER_SERVICE");

    private DemoAccounts() {
    }
}
