package com.logicrm.customer;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import com.logicrm.shared.database.CopyText;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files many new archive cards with one {@code COPY}: the cards are written ahead in COPY's text format
 * with ids taken from the table's own sequence, so the history can cite them without reading them back.
 * The columns are those Spring Data maps the card's fields to (snake case, embedded groups with their
 * prefix), worked out once. COPY rather than a JSON array for {@code jsonb_populate_recordset}: the server
 * spent more time parsing a thousand cards' JSON than storing them.
 */
final class CustomerRows {

    private record Column(String name, Function<Customer, Object> value) {
    }

    private static final List<Column> COLUMNS = columns();
    private static final String COPY = "copy customer.customer (id, "
            + String.join(", ", COLUMNS.stream().map(Column::name).toList()) + ") from stdin";

    private CustomerRows() {
    }

    /** Takes {@code count} new card ids from the table's sequence; ids of cards never filed are skipped. */
    static List<Long> newIds(JdbcClient jdbc, int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('customer.customer', 'id')) from generate_series(1, ?)")
                .param(count).query(Long.class).list();
    }

    /** The cards, with their {@code ids} in order, as the rows {@link #copy} files; made ahead of the database's time. */
    static String copyText(List<Customer> cards, List<Long> ids) {
        CopyText rows = new CopyText();
        for (int i = 0; i < cards.size(); i++) {
            rows.add(ids.get(i));
            for (Column column : COLUMNS) {
                rows.add(column.value().apply(cards.get(i)));
            }
            rows.endRow();
        }
        return rows.toString();
    }

    /** Files the rows of {@link #copyText} in the current transaction. */
    static void copy(DataSource dataSource, String rows) {
        CopyText.copyIn(dataSource, COPY, rows);
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
