package com.logicrm.customer;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts many new archive cards with one statement: the cards go to PostgreSQL as one JSON array that
 * {@code jsonb_populate_recordset} turns into rows of {@code customer.customer}, typed by the table
 * itself. The columns are those Spring Data maps the card's fields to (snake case, embedded groups with
 * their prefix), worked out once; a thousand cards then cost one round trip instead of a thousand.
 */
final class CustomerRows {

    private record Column(String name, Function<Customer, Object> value) {
    }

    private static final List<Column> COLUMNS = columns();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NAMES = String.join(", ", COLUMNS.stream().map(Column::name).toList());

    private CustomerRows() {
    }

    /** The cards as the JSON array {@link #insert} files; made ahead, away from the database's time. */
    static String json(List<Customer> cards) {
        List<Map<String, Object>> rows = new ArrayList<>(cards.size());
        for (Customer card : cards) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Column column : COLUMNS) {
                row.put(column.name(), column.value().apply(card));
            }
            rows.add(row);
        }
        return JSON.writeValueAsString(rows);
    }

    /** Inserts the cards of {@code json} and returns their new ids by archive number. */
    static Map<String, Long> insert(JdbcClient jdbc, String json) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("insert into customer.customer (" + NAMES + ") select " + NAMES
                        + " from jsonb_populate_recordset(null::customer.customer, cast(? as jsonb)) returning id, archive_no")
                .param(json)
                .query(row -> {
                    ids.put(row.getString("archive_no"), row.getLong("id"));
                });
        return ids;
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (Field field : Customer.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("id")) {
                continue;
            }
            field.setAccessible(true);
            Embedded.Empty embedded = field.getAnnotation(Embedded.Empty.class);
            if (embedded == null) {
                boolean version = field.getName().equals("version");
                columns.add(new Column(snake(field.getName()), card -> {
                    Object value = read(field, card);
                    return version && value == null ? 0 : value;
                }));
                continue;
            }
            for (RecordComponent component : field.getType().getRecordComponents()) {
                columns.add(new Column(embedded.prefix() + snake(component.getName()), card -> {
                    Object group = read(field, card);
                    try {
                        return group == null ? null : component.getAccessor().invoke(group);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
        }
        return List.copyOf(columns);
    }

    private static Object read(Field field, Customer card) {
        try {
            return field.get(card);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String snake(String camel) {
        StringBuilder snake = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}
