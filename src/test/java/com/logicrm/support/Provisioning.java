package com.logicrm.support;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Sets up test data the way an integrator would: through the API, as the demo administrator. */
public final class Provisioning {

    /** Passes the password policy (letters and digits, at least 8 characters). */
    public static final String PASSWORD = "Secret2026";

    /** One administrator token per server (port) for the whole test run: checking a password costs time. */
    private static final Map<String, String> ADMIN_TOKENS = new ConcurrentHashMap<>();
    private final ApiClient api;

    public Provisioning(ApiClient api) {
        this.api = api;
    }

    /** A token of the demo administrator; tests must not revoke it. */
    public String adminToken() {
        return ADMIN_TOKENS.computeIfAbsent(api.base(), base -> api.token("admin", DemoAccounts.PASSWORD));
    }

    /** The id of a department by its code (demo codes: HQ, EAST, SH, SOUTH, SZ). */
    public long departmentId(String code) {
        HttpResponse<String> departments = api.get("/api/v1/departments", adminToken());
        List<Long> ids = Json.numbers(departments, "$[?(@.code == '" + code + "')].id");
        if (ids.size() != 1) {
            throw new IllegalStateException("No single department with code " + code + ": " + departments.body());
        }
        return ids.get(0);
    }

    /** Creates a user with {@link #PASSWORD} and returns its id. */
    public long createUser(String username, String departmentCode, boolean enabled, String... roles) {
        HttpResponse<String> created = api.post("/api/v1/users", adminToken(),
                newUserJson(username, departmentId(departmentCode), enabled, roles));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not create " + username + ": " + created.body());
        }
        return Json.number(created, "$.id");
    }

    public long createUser(String username, String departmentCode, String... roles) {
        return createUser(username, departmentCode, true, roles);
    }

    public static String newUserJson(String username, long departmentId, boolean enabled, String... roles) {
        return """
                {"username":"%s","displayName":"测试 %s","departmentId":%d,"roles":%s,"password":"%s","enabled":%s}"""
                .formatted(username, username, departmentId, jsonArray(roles), PASSWORD, enabled);
    }

    public static String userChangesJson(String displayName, long departmentId, boolean enabled, boolean locked,
            String... roles) {
        return """
                {"displayName":"%s","departmentId":%d,"roles":%s,"enabled":%s,"locked":%s}"""
                .formatted(displayName, departmentId, jsonArray(roles), enabled, locked);
    }

    public static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    private static String jsonArray(String... values) {
        return List.of(values).stream().map(value -> "\"" + value + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
