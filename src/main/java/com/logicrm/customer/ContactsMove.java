package com.logicrm.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merged customer's contacts continue on the survivor. A survivor keeps its own primary contact;
 * only when it has none does the merged record's primary stay primary (at most one per customer).
 * Their owner copy follows the survivor once the merge is done ({@link ContactOwners}).
 */
@Component
class ContactsMove implements CustomerRecordsMove {

    private final JdbcClient jdbc;

    ContactsMove(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String records() {
        return "contacts";
    }

    @Override
    public int move(long fromCustomerId, long toCustomerId) {
        return jdbc.sql("""
                update customer.contact k set customer_id = :to,
                    is_primary = k.is_primary and not exists (select 1 from customer.contact p
                        where p.customer_id = :to and p.is_primary and p.active)
                where k.customer_id = :from""")
                .param("from", fromCustomerId).param("to", toCustomerId)
                .update();
    }
}
