package com.logicrm.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merged customer's change history continues on the survivor. Row ids are unique across
 * customers, so re-keying cannot collide; the rows keep their time, actor and reason.
 */
@Component
class ChangeHistoryMove implements CustomerRecordsMove {

    private final JdbcClient jdbc;

    ChangeHistoryMove(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String records() {
        return "history";
    }

    @Override
    public int move(long fromCustomerId, long toCustomerId) {
        return jdbc.sql("update customer.change_record set customer_id = ? where customer_id = ?")
                .params(toCustomerId, fromCustomerId)
                .update();
    }
}
