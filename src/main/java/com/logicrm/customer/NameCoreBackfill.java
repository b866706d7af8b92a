package com.logicrm.customer;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customers filed before name cores existed get theirs on the next start. The core is computed in
 * Java by {@link NameSimilarity} (one rule, not a second copy in SQL); rows filed since have it
 * already, so on a current archive this is one look into an empty partial index.
 */
@Component
@Order(0)
class NameCoreBackfill implements ApplicationRunner {

    private static final int BATCH = 1000;
    private final JdbcClient jdbc;

    NameCoreBackfill(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long after = 0;
        while (true) {
            List<Object[]> rows = jdbc.sql("""
                    select id, name from customer.customer where name_core is null and id > ? order by id limit ?""")
                    .params(after, BATCH)
                    .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("name")})
                    .list();
            for (Object[] row : rows) {
                jdbc.sql("update customer.customer set name_core = ? where id = ?")
                        .params(NameSimilarity.core((String) row[1]), row[0]).update();
            }
            if (rows.size() < BATCH) {
                return;
            }
            after = (long) rows.get(rows.size() - 1)[0];
        }
    }
}
