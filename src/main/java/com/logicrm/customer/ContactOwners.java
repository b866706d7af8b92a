package com.logicrm.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each contact carries a copy of its customer's owner and department, so the search by contact name
 * can apply the data scope inside the contact index scan. Whatever changes a customer's owner or
 * department calls this in the same transaction (the handover does it in its own statement); the copy
 * only narrows the search, the customer row stays the authority on who may see it.
 */
@Component
class ContactOwners {

    private final JdbcClient jdbc;

    ContactOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The contacts of this customer take its current owner and department; returns how many changed. */
    int follow(long customerId) {
        return jdbc.sql("""
                update customer.contact k set owner_id = c.owner_id, department_id = c.department_id
                from customer.customer c
                where c.id = :customerId and k.customer_id = c.id
                  and (k.owner_id <> c.owner_id or k.department_id <> c.department_id)""")
                .param("customerId", customerId)
                .update();
    }
}
