package com.logicrm.shared.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.Field;
import org.springframework.util.ReflectionUtils;

/**
 * A validated field named as the client wrote it in JSON. The properties of an object marked
 * {@link JsonUnwrapped} sit beside their parent's, so what Bean Validation calls {@code facts.name}
 * was sent, and is reported, as {@code name}.
 */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    static String of(Class<?> type, String path) {
        String[] segments = path.split("\\.");
        StringBuilder json = new StringBuilder();
        String prefix = "";
        Class<?> current = type;
        for (int i = 0; i < segments.length; i++) {
            Field field = current == null ? null : ReflectionUtils.findField(current, segments[i]);
            JsonUnwrapped unwrapped = field == null ? null : field.getAnnotation(JsonUnwrapped.class);
            if (unwrapped != null && unwrapped.enabled() && i < segments.length - 1) {
                prefix += unwrapped.prefix();
            } else {
                json.append(json.isEmpty() ? "" : ".").append(prefix).append(segments[i]);
                prefix = "";
            }
            current = field == null ? null : field.getType();
        }
        return json.toString();
    }
}
