package com.logicrm.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** One token per server and user for the whole test run: checking a password costs time. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private DemoAccounts() {
    }

    /** A token of the demo user on the server {@code api} talks to; tests must not revoke it. */
    public static String token(ApiClient api, String username) {
        return TOKENS.computeIfAbsent(api.base() + " " + username, key -> api.token(username, PASSWORD));
    }
}
