package com.logicrm.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merged customer's documents continue on the survivor. Only the catalogue rows are re-keyed:
 * each row keeps its storage key, so the files stay where they were written.
 */
@Component
class DocumentsMove implements CustomerRecordsMove {

    private final JdbcClient jdbc;

    DocumentsMove(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String records() {
        return "documents";
    }

    @Override
    public int move(long fromCustomerId, long toCustomerId) {
        return jdbc.sql("update customer.document set customer_id = ? where customer_id = ?")
                .params(toCustomerId, fromCustomerId)
                .update();
    }
}
