package com.logicrm.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Customers the tests file for themselves, through the API as a user would. */
public final class TestCustomers {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private TestCustomers() {
    }

    /** Registers an enterprise in 上海市浦东新区 under {@code name} as the token's user; returns its id. */
    public static long register(ApiClient api, String token, String name) {
        HttpResponse<String> created = api.post("/api/v1/customers", token, """
                {"kind":"ENTERPRISE","name":"%s","regionCode":"310115"}""".formatted(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
