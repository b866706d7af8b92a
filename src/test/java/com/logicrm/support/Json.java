package com.logicrm.support;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;

/** Reads values out of JSON answers with JsonPath expressions. */
public final class Json {

    private Json() {
    }

    public static <T> T read(HttpResponse<String> response, String path) {
        return JsonPath.read(response.body(), path);
    }

    public static String text(HttpResponse<String> response, String path) {
        Object value = read(response, path);
        return value == null ? null : String.valueOf(value);
    }

    public static long number(HttpResponse<String> response, String path) {
        return ((Number) read(response, path)).longValue();
    }

    /** Every number a filter or wildcard path selects, as longs. */
    public static List<Long> numbers(HttpResponse<String> response, String path) {
        List<Object> values = read(response, path);
        return values.stream().map(value -> ((Number) value).longValue()).toList();
    }
}
