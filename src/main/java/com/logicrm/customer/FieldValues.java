package com.logicrm.customer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A customer's facts as field → text, the form in which changes are compared and recorded. Nested
 * groups appear as {@code operator.name}, {@code characteristics.scale} and so on; amounts as plain
 * numbers without trailing zeros.
 */
final class FieldValues {

    private FieldValues() {
    }

    static Map<String, String> of(CustomerFacts facts) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", facts, values);
        return values;
    }

    /** Any record's components as field → text, nested records flattened. */
    static Map<String, String> flat(Record record) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", record, values);
        return values;
    }

    private static void flatten(String prefix, Record record, Map<String, String> values) {
        for (var component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String key = prefix + component.getName();
            if (value instanceof Record nested) {
                flatten(key + ".", nested, values);
            } else {
                values.put(key, text(value));
            }
        }
    }

    /**
     * 5000000.00 read from the database and 5000000 typed by a person are the same amount; tags are
     * recorded as the person reads them, joined by 、, and no tags as no value.
     */
    static String text(Object value) {
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : list.stream().map(String::valueOf).collect(Collectors.joining("、"));
        }
        return value == null ? null : value.toString();
    }

    /** The fields whose value differs, with old and new value. */
    static Map<String, String[]> differences(Map<String, String> before, Map<String, String> after) {
        Map<String, String[]> changed = new LinkedHashMap<>();
        after.forEach((field, newValue) -> {
            String oldValue = before.get(field);
            if (!Objects.equals(normal(oldValue), normal(newValue))) {
                changed.put(field, new String[] {oldValue, newValue});
            }
        });
        return changed;
    }

    private static String normal(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
